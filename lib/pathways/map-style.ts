import { readinessLabels, type ReadinessStatus } from "./readiness";

// How the pathway map draws a flow, by readiness: the same colours and dash patterns in the live
// map, its legend and the SVG, PNG and print exports, so the map reads without colour too (and
// in black and white print).

export interface FlowLineStyle {
  label: string;
  colour: string;
  /** SVG stroke-dasharray; none for a solid line. */
  dash: string | null;
  width: number;
}

export type FlowLineStatus = ReadinessStatus | "UNKNOWN";

/** NHS colours (at risk darkened to 3:1 against white, WCAG 1.4.11), each with its own dash. */
export const flowLineStyles: Record<FlowLineStatus, FlowLineStyle> = {
  READY: { label: readinessLabels.READY, colour: "#007f3b", dash: null, width: 2.5 },
  AT_RISK: { label: readinessLabels.AT_RISK, colour: "#c25e00", dash: "10 5", width: 3 },
  BLOCKED: { label: readinessLabels.BLOCKED, colour: "#d5281b", dash: "2 4", width: 3 },
  UNKNOWN: { label: "Not assessed", colour: "#4c6272", dash: "8 3 2 3", width: 2 },
};

/** The legend's order: from ready to blocked, then flows not assessed. */
export const flowLineOrder: FlowLineStatus[] = ["READY", "AT_RISK", "BLOCKED", "UNKNOWN"];

/** A path through a flow's corners, for the `d` attribute of an SVG path. */
export const pathThrough = (points: { x: number; y: number }[]) =>
  points.map((point, index) => `${index === 0 ? "M" : "L"} ${point.x} ${point.y}`).join(" ");
