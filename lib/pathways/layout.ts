import type { PathwayContent } from "./content";

// The swimlane layout of a pathway map, shared by the editor's canvas, the SVG and PNG exports,
// the print view and the BPMN diagram: one lane (row) per organisation or type, in the order
// they first act; one column per step, in the pathway's order. Deterministic, so the same
// pathway always draws the same way.

export const LANE_LABEL_WIDTH = 200;
export const LANE_HEIGHT = 140;
export const COLUMN_WIDTH = 240;
export const STEP_WIDTH = 200;
export const STEP_HEIGHT = 84;
const MARGIN = 20;

export interface LaidOutLane {
  key: string;
  label: string;
  y: number;
  height: number;
}

export interface LaidOutStep {
  id: string;
  name: string;
  performerRole: string;
  laneKey: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PathwayLayout {
  width: number;
  height: number;
  lanes: LaidOutLane[];
  steps: LaidOutStep[];
}

export function layOutPathway(content: Pick<PathwayContent, "lanes" | "steps">): PathwayLayout {
  const laneIndex = new Map(content.lanes.map((lane, index) => [lane.key, index]));
  const ordered = [...content.steps].sort((a, b) => a.position - b.position);
  const steps = ordered.map((step, column) => {
    const row = laneIndex.get(step.laneKey) ?? 0;
    return {
      id: step.id,
      name: step.name,
      performerRole: step.performerRole,
      laneKey: step.laneKey,
      x: LANE_LABEL_WIDTH + MARGIN + column * COLUMN_WIDTH,
      y: row * LANE_HEIGHT + (LANE_HEIGHT - STEP_HEIGHT) / 2,
      width: STEP_WIDTH,
      height: STEP_HEIGHT,
    };
  });
  return {
    width: LANE_LABEL_WIDTH + MARGIN * 2 + Math.max(1, ordered.length) * COLUMN_WIDTH,
    height: Math.max(1, content.lanes.length) * LANE_HEIGHT,
    lanes: content.lanes.map((lane, index) => ({
      key: lane.key,
      label: lane.label,
      y: index * LANE_HEIGHT,
      height: LANE_HEIGHT,
    })),
    steps,
  };
}

/** Where a step dropped at (x, y) on the canvas belongs: its place in the order, and its lane. */
export function dropTarget(
  layout: PathwayLayout,
  point: { x: number; y: number },
): { position: number; laneKey: string | null } {
  const column = Math.round((point.x - LANE_LABEL_WIDTH - MARGIN) / COLUMN_WIDTH);
  const position = Math.min(Math.max(1, column + 1), Math.max(1, layout.steps.length));
  const centre = point.y + STEP_HEIGHT / 2;
  const lane = layout.lanes.find((row) => centre >= row.y && centre < row.y + row.height);
  return { position, laneKey: lane?.key ?? null };
}
