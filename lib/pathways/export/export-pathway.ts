import "server-only";

import type { Actor } from "@/lib/auth/actor";

import { getPathway, type PathwayView } from "../get-pathway";
import { pathwayBpmn } from "./bpmn";
import { flowsCsv } from "./flows-csv";
import { type ExportFormat, exportFormats } from "./formats";
import { pathwayMapSvg } from "./map-svg";
import { pathwayFileJson } from "./pathway-json";
import { drawMapPng } from "./png-worker";
import { fileSlug } from "./xml-text";

// A pathway as a file, read as the actor may see the pathway.

export interface ExportedFile {
  body: string | Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
}

async function render(
  view: PathwayView,
  format: ExportFormat,
): Promise<string | Uint8Array<ArrayBuffer>> {
  const { content, readiness } = view;
  switch (format) {
    case "flows.csv":
      return flowsCsv(content, readiness.flows);
    case "map.svg":
      return pathwayMapSvg(content, { readiness: readiness.flows });
    case "map.png":
      // Drawn in a worker thread, once per revision of the map (lib/pathways/export/png-worker).
      return drawMapPng(pathwayMapSvg(content, { readiness: readiness.flows }));
    case "pathway.bpmn":
      return pathwayBpmn(content);
    case "pathway.json":
      return pathwayFileJson(content);
  }
}

/** A name that says what the file is and which version of the pathway it holds. */
function fileName(view: PathwayView, format: ExportFormat): string {
  const which =
    view.showing === "published" && view.published ? `v${view.published.number}` : "draft";
  const [kind = "", extension = ""] = format.split(".");
  const suffix = kind === "pathway" ? "" : `-${kind}`;
  return `${fileSlug(view.content.name)}-${which}${suffix}.${extension}`;
}

/**
 * A pathway as a file, or null when the actor may not see it (or asks for a published version
 * that does not exist). Leads get the draft unless they ask for the published version.
 */
export async function exportPathway(
  actor: Actor,
  pathwayId: string,
  format: ExportFormat,
  wanted: "draft" | "published" = "draft",
): Promise<ExportedFile | null> {
  const view = await getPathway(actor, pathwayId, wanted);
  // Everyone but leads gets the published version, whichever they ask for.
  if (!view || (wanted === "published" && view.showing !== "published")) return null;
  return {
    body: await render(view, format),
    contentType: exportFormats[format].contentType,
    fileName: fileName(view, format),
  };
}
