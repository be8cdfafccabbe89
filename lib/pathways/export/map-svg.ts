import type { PathwayContent } from "../content";
import { type LaidOutStep, layOutPathway } from "../layout";
import { readinessLabels, type ReadinessStatus } from "../readiness";

import { escapeXml } from "./xml-text";

// The pathway map as a standalone SVG document: one band per lane, one box per step, one arrow
// per information flow. Each arrow's colour and dash pattern say how ready the flow is, and a
// legend says which is which, so the map reads without colour too (and in black and white print).

export interface FlowLineStyle {
  label: string;
  colour: string;
  /** SVG stroke-dasharray; none for a solid line. */
  dash: string | null;
  width: number;
}

/** NHS colours, each with its own dash pattern. */
export const flowLineStyles: Record<ReadinessStatus | "UNKNOWN", FlowLineStyle> = {
  READY: { label: readinessLabels.READY, colour: "#007f3b", dash: null, width: 2.5 },
  AT_RISK: { label: readinessLabels.AT_RISK, colour: "#ed8b00", dash: "10 5", width: 3 },
  BLOCKED: { label: readinessLabels.BLOCKED, colour: "#d5281b", dash: "2 4", width: 3 },
  UNKNOWN: { label: "Not assessed", colour: "#4c6272", dash: "8 3 2 3", width: 2 },
};

const FONT = "Arial, Helvetica, sans-serif";
const LEGEND_HEIGHT = 56;
const LABEL_MAX = 34;
const BLUE = "#005eb8";
const TEXT = "#212b32";
const SECONDARY = "#4c6272";

export interface MapSvgOptions {
  /** Each flow's readiness, by flow id, as `view.readiness.flows` holds it. */
  readiness?: ReadonlyMap<string, { status: ReadinessStatus }>;
  /** Prefixes the ids inside the SVG, so two maps can share one HTML page. */
  idPrefix?: string;
}

/** Cuts text to `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}

/** Breaks text into at most `lines` lines of about `width` characters, the last cut if need be. */
export function wrap(text: string, width: number, lines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const result: string[] = [];
  let current = "";
  for (const word of words) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= width || !current) {
      current = next;
      continue;
    }
    result.push(current);
    current = word;
  }
  if (current) result.push(current);
  const kept = result.slice(0, lines);
  if (result.length > lines) kept[lines - 1] = result.slice(lines - 1).join(" ");
  return kept.map((line) => truncate(line, width));
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
        `<tspan ${attributes({ x: at.x, dy: index === 0 ? 0 : Math.round(at.size * 1.25) })}>${escapeXml(line)}</tspan>`,
    )
    .join("")}</text>`;

interface Route {
  d: string;
  label: { x: number; y: number };
}

/** An elbow from one step to another: forwards from side to side, backwards below the boxes. */
function routeBetween(from: LaidOutStep, to: LaidOutStep, offset: number): Route {
  const fromMiddle = from.y + from.height / 2 + offset;
  const toMiddle = to.y + to.height / 2 + offset;
  if (from.x < to.x) {
    const startX = from.x + from.width;
    const endX = to.x;
    // Turn in the gap just before the receiving step, so the line never crosses a box.
    const turnX = endX - 20 + offset;
    const d = `M ${startX} ${fromMiddle} H ${turnX} V ${toMiddle} H ${endX - 2}`;
    if (from.y === to.y) {
      // Along one lane: the label sits in the lane's margin, below the boxes.
      return { d, label: { x: (startX + endX) / 2, y: from.y + from.height + 16 + offset } };
    }
    // Across lanes: the label sits where the line crosses the space between the lanes' boxes.
    const gap = from.y < to.y ? (from.y + from.height + to.y) / 2 : (to.y + to.height + from.y) / 2;
    return { d, label: { x: turnX, y: gap + 4 + offset * 1.4 } };
  }
  const startX = from.x + from.width / 2 + offset;
  const endX = to.x + to.width / 2 + offset;
  const channel = Math.max(from.y + from.height, to.y + to.height) + 16 + offset / 2;
  return {
    d: `M ${startX} ${from.y + from.height} V ${channel} H ${endX} V ${to.y + to.height + 2}`,
    label: { x: (startX + endX) / 2, y: channel - 6 },
  };
}

/** The map of a pathway as an SVG document. All text is escaped; the result is well-formed XML. */
export function pathwayMapSvg(content: PathwayContent, options: MapSvgOptions = {}): string {
  const prefix = options.idPrefix ?? "pathway-map";
  const layout = layOutPathway(content);
  const width = layout.width;
  const height = layout.height + LEGEND_HEIGHT;
  const stepsById = new Map(layout.steps.map((step) => [step.id, step]));

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
    const name = wrap(step.name, 24, 2);
    return [
      `<g class="step">`,
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

  // Flows between the same two steps are drawn side by side rather than on top of each other.
  const seen = new Map<string, number>();
  let unassessed = false;
  const flows = content.flows.flatMap((flow) => {
    const from = stepsById.get(flow.fromStepId);
    const to = stepsById.get(flow.toStepId);
    if (!from || !to) return [];
    const pair = `${from.id}>${to.id}`;
    const count = seen.get(pair) ?? 0;
    seen.set(pair, count + 1);
    const offset = (count % 2 === 0 ? 1 : -1) * Math.ceil(count / 2) * 10;
    const status = options.readiness?.get(flow.id)?.status ?? "UNKNOWN";
    if (status === "UNKNOWN") unassessed = true;
    const style = flowLineStyles[status];
    const route = routeBetween(from, to, offset);
    const categories = flow.categories.map((category) => category.name).join(", ");
    const label = truncate(categories || flow.purpose, LABEL_MAX);
    const description = `${from.name} to ${to.name}: ${categories || flow.purpose} (${style.label})`;
    return [
      `<g ${attributes({ class: "flow", "data-readiness": status })}>`,
      `<title>${escapeXml(description)}</title>`,
      `<path ${attributes({
        d: route.d,
        fill: "none",
        stroke: style.colour,
        "stroke-width": style.width,
        "stroke-dasharray": style.dash,
        "marker-end": `url(#${prefix}-arrow-${status.toLowerCase()})`,
      })}/>`,
      text([label], {
        x: route.label.x,
        y: route.label.y,
        size: 11,
        anchor: "middle",
        halo: true,
      }),
      `</g>`,
    ].join("");
  });

  const markers = (Object.keys(flowLineStyles) as (keyof typeof flowLineStyles)[]).map(
    (status) =>
      `<marker ${attributes({ id: `${prefix}-arrow-${status.toLowerCase()}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" })}><path d="M 0 0 L 10 5 L 0 10 z" fill="${flowLineStyles[status].colour}"/></marker>`,
  );

  const legendY = layout.height + 20;
  const shown: (keyof typeof flowLineStyles)[] = ["READY", "AT_RISK", "BLOCKED"];
  if (unassessed) shown.push("UNKNOWN");
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
    ...flows,
    ...steps,
    legend,
    `</svg>`,
    "",
  ].join("\n");
}
