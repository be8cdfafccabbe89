import type { PathwayContent } from "../content";
import {
  flowLabelText,
  LABEL_FONT_SIZE,
  LABEL_LINE_HEIGHT,
  layOutPathway,
  truncate,
  wrap,
} from "../layout";
import { flowLineOrder, flowLineStyles, pathThrough } from "../map-style";
import type { ReadinessStatus } from "../readiness";

import { escapeXml } from "./xml-text";

// The pathway map as a standalone SVG document, drawn from the same layout as the live map:
// one band per lane, one box per step, one routed line per information flow with its label.
// Each line's colour and dash pattern say how ready the flow is, and a legend says which is
// which, so the map reads without colour too (and in black and white print).

export { flowLineStyles, type FlowLineStyle } from "../map-style";
export { truncate, wrap } from "../layout";

const FONT = "Arial, Helvetica, sans-serif";
const LEGEND_HEIGHT = 56;
const LEGEND_WIDTH = 780;
const BLUE = "#005eb8";
const TEXT = "#212b32";
const SECONDARY = "#4c6272";

export interface MapSvgOptions {
  /** Each flow's readiness, by flow id, as `view.readiness.flows` holds it. */
  readiness?: ReadonlyMap<string, { status: ReadinessStatus }>;
  /** Prefixes the ids inside the SVG, so two maps can share one HTML page. */
  idPrefix?: string;
}

const attributes = (values: Record<string, string | number | null | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `${name}="${escapeXml(String(value))}"`)
    .join(" ");

const text = (
  lines: string[],
  at: {
    x: number;
    y: number;
    size: number;
    /** The distance between lines; a quarter more than the size unless given. */
    lineHeight?: number;
    weight?: string;
    fill?: string;
    anchor?: string;
    /** A white outline, so a label stays legible where it crosses a line. */
    halo?: boolean;
  },
) =>
  `<text ${attributes({
    x: at.x,
    y: at.y,
    "font-size": at.size,
    "font-weight": at.weight,
    fill: at.fill ?? TEXT,
    "text-anchor": at.anchor,
    ...(at.halo ? { "paint-order": "stroke", stroke: "#ffffff", "stroke-width": 3 } : {}),
  })}>${lines
    .map(
      (line, index) =>
        `<tspan ${attributes({ x: at.x, dy: index === 0 ? 0 : (at.lineHeight ?? Math.round(at.size * 1.25)) })}>${escapeXml(line)}</tspan>`,
    )
    .join("")}</text>`;

/** The map of a pathway as an SVG document. All text is escaped; the result is well-formed XML. */
export function pathwayMapSvg(content: PathwayContent, options: MapSvgOptions = {}): string {
  const prefix = options.idPrefix ?? "pathway-map";
  const layout = layOutPathway(content);
  const width = Math.max(layout.width, LEGEND_WIDTH);
  const height = layout.height + LEGEND_HEIGHT;
  const stepsById = new Map(layout.steps.map((step) => [step.id, step]));
  const stepNumber = new Map(layout.steps.map((step, index) => [step.id, index + 1]));
  const stepId = (id: string) => `${prefix}-step-${stepNumber.get(id) ?? 0}`;

  const lanes = layout.lanes.map((lane, index) =>
    [
      `<g class="lane">`,
      `<rect ${attributes({ x: 0, y: lane.y, width, height: lane.height, fill: index % 2 === 0 ? "#f0f4f5" : "#ffffff", stroke: "#d8dde0" })}/>`,
      `<rect ${attributes({ x: 0, y: lane.y, width: 6, height: lane.height, fill: BLUE })}/>`,
      text(wrap(lane.label, 22, 3), { x: 16, y: lane.y + 32, size: 15, weight: "bold" }),
      `</g>`,
    ].join(""),
  );

  const steps = layout.steps.map((step) => {
    const name = wrap(step.name, 22, 2);
    return [
      `<g ${attributes({ class: "step", id: stepId(step.id) })}>`,
      `<title>${escapeXml(`${step.name}, by ${step.performerRole}`)}</title>`,
      `<rect ${attributes({ x: step.x, y: step.y, width: step.width, height: step.height, rx: 4, fill: "#ffffff", stroke: BLUE, "stroke-width": 2 })}/>`,
      text(name, { x: step.x + 10, y: step.y + 24, size: 14, weight: "bold" }),
      text([truncate(step.performerRole, 30)], {
        x: step.x + 10,
        y: step.y + step.height - 14,
        size: 12,
        fill: SECONDARY,
      }),
      `</g>`,
    ].join("");
  });

  const byId = new Map(content.flows.map((flow) => [flow.id, flow]));
  let unassessed = false;
  const flows = layout.flows.map((laidOut) => {
    const flow = byId.get(laidOut.id);
    const from = stepsById.get(laidOut.fromStepId);
    const to = stepsById.get(laidOut.toStepId);
    const status = options.readiness?.get(laidOut.id)?.status ?? "UNKNOWN";
    if (status === "UNKNOWN") unassessed = true;
    const style = flowLineStyles[status];
    const what = flow ? flowLabelText(flow) : "";
    const description = `${from?.name ?? ""} to ${to?.name ?? ""}: ${what} (${style.label})`;
    const line = [
      `<g ${attributes({ class: "flow", "data-readiness": status, "data-from": stepId(laidOut.fromStepId), "data-to": stepId(laidOut.toStepId) })}>`,
      `<title>${escapeXml(description)}</title>`,
      `<path ${attributes({
        d: pathThrough(laidOut.points),
        fill: "none",
        stroke: style.colour,
        "stroke-width": style.width,
        "stroke-dasharray": style.dash,
        "marker-end": `url(#${prefix}-arrow-${status.toLowerCase()})`,
      })}/>`,
      `</g>`,
    ].join("");
    const label = laidOut.label
      ? [
          `<g class="flow-label">`,
          `<rect ${attributes({ x: laidOut.label.x, y: laidOut.label.y, width: laidOut.label.width, height: laidOut.label.height, rx: 3, fill: "#ffffff", stroke: style.colour })}/>`,
          text(laidOut.label.lines, {
            x: laidOut.label.x + laidOut.label.width / 2,
            y: laidOut.label.y + LABEL_LINE_HEIGHT,
            size: LABEL_FONT_SIZE,
            lineHeight: LABEL_LINE_HEIGHT,
            anchor: "middle",
          }),
          `</g>`,
        ].join("")
      : "";
    return { line, label };
  });

  const markers = (Object.keys(flowLineStyles) as (keyof typeof flowLineStyles)[]).map(
    (status) =>
      `<marker ${attributes({ id: `${prefix}-arrow-${status.toLowerCase()}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" })}><path d="M 0 0 L 10 5 L 0 10 z" fill="${flowLineStyles[status].colour}"/></marker>`,
  );

  const legendY = layout.height + 20;
  const shown = flowLineOrder.filter((status) => status !== "UNKNOWN" || unassessed);
  const legendEntries = shown.map((status, index) => {
    const style = flowLineStyles[status];
    const x = 16 + 140 + index * 150;
    return [
      `<line ${attributes({ x1: x, y1: legendY + 12, x2: x + 44, y2: legendY + 12, stroke: style.colour, "stroke-width": style.width, "stroke-dasharray": style.dash })}/>`,
      text([style.label], { x: x + 52, y: legendY + 16, size: 13 }),
    ].join("");
  });
  const legend = [
    `<g class="legend">`,
    text(["Flows, by readiness:"], { x: 16, y: legendY + 16, size: 13, weight: "bold" }),
    ...legendEntries,
    `</g>`,
  ].join("");

  const summary = `Map of the pathway for ${content.population}: ${content.steps.length} ${content.steps.length === 1 ? "step" : "steps"} in ${content.lanes.length} ${content.lanes.length === 1 ? "lane" : "lanes"}, with ${content.flows.length} information ${content.flows.length === 1 ? "flow" : "flows"} drawn as arrows whose colour and dash pattern show readiness.`;

  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg ${attributes({
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": `${prefix}-title ${prefix}-desc`,
      "font-family": FONT,
    })}>`,
    `<title id="${escapeXml(prefix)}-title">${escapeXml(content.name)}</title>`,
    `<desc id="${escapeXml(prefix)}-desc">${escapeXml(summary)}</desc>`,
    `<defs>${markers.join("")}</defs>`,
    `<rect ${attributes({ x: 0, y: 0, width, height, fill: "#ffffff" })}/>`,
    ...lanes,
    ...flows.map((flow) => flow.line),
    ...flows.map((flow) => flow.label),
    ...steps,
    legend,
    `</svg>`,
    "",
  ].join("\n");
}
