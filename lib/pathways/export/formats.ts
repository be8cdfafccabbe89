// The files a pathway exports to: the last part of each export's address, what it is called
// where it is offered, and its content type.

export const exportFormats = {
  "flows.csv": { label: "Flows table (CSV)", contentType: "text/csv; charset=utf-8" },
  "map.svg": { label: "Map (SVG)", contentType: "image/svg+xml; charset=utf-8" },
  "map.png": { label: "Map (PNG)", contentType: "image/png" },
  "pathway.bpmn": { label: "BPMN 2.0 (XML)", contentType: "application/xml; charset=utf-8" },
  "pathway.json": { label: "Pathway file (JSON)", contentType: "application/json; charset=utf-8" },
} as const;
export type ExportFormat = keyof typeof exportFormats;
