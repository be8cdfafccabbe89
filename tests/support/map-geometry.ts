import type { Box, LayoutInput, PathwayLayout, Point } from "@/lib/pathways/layout";

// Geometry checks for a laid-out pathway map, shared by the layout's and the SVG export's unit
// tests: no line through a step it does not join or another flow's label, no label over a step
// or another label.

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Whether the segment from `a` to `b` (horizontal or vertical) enters the inside of the box. */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x, b.x);
  const top = Math.min(a.y, b.y);
  const bottom = Math.max(a.y, b.y);
  return left < box.x + box.width && right > box.x && top < box.y + box.height && bottom > box.y;
}

export function overlapProblems(
  layout: Pick<PathwayLayout, "steps"> & {
    flows: {
      id: string;
      fromStepId: string;
      toStepId: string;
      points: Point[];
      label: Box | null;
    }[];
  },
): string[] {
  const problems: string[] = [];
  for (const flow of layout.flows) {
    flow.points.forEach((point, index) => {
      const next = flow.points[index + 1];
      if (!next) return;
      if (point.x !== next.x && point.y !== next.y) {
        problems.push(`flow ${flow.id} has a slanted segment`);
      }
      for (const other of layout.flows) {
        if (other !== flow && other.label && segmentCrossesBox(point, next, other.label)) {
          problems.push(`flow ${flow.id} crosses the label of ${other.id}`);
        }
      }
      for (const step of layout.steps) {
        if (step.id === flow.fromStepId || step.id === flow.toStepId) continue;
        if (segmentCrossesBox(point, next, step)) {
          problems.push(`flow ${flow.id} crosses step ${step.id}`);
        }
      }
    });
  }
  const labels = layout.flows.flatMap((flow) =>
    flow.label ? [{ id: flow.id, box: flow.label }] : [],
  );
  labels.forEach((label, index) => {
    for (const step of layout.steps) {
      if (overlaps(label.box, step)) problems.push(`label of ${label.id} covers step ${step.id}`);
    }
    for (const other of labels.slice(index + 1)) {
      if (overlaps(label.box, other.box)) {
        problems.push(`label of ${label.id} covers label of ${other.id}`);
      }
    }
  });
  for (const [index, step] of layout.steps.entries()) {
    for (const other of layout.steps.slice(index + 1)) {
      if (overlaps(step, other)) problems.push(`step ${step.id} covers step ${other.id}`);
    }
  }
  return problems;
}

/** A large pathway made up deterministically: steps spread over lanes, flows between any two. */
export function generatedPathway(steps: number, flows: number, lanes: number): LayoutInput {
  let seed = 42;
  const random = (below: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % below;
  };
  const words = [
    "Referral",
    "Discharge summary",
    "Medications",
    "Care plan",
    "Alerts",
    "Assessments",
  ];
  return {
    lanes: Array.from({ length: lanes }, (_, index) => ({
      key: `lane-${index}`,
      label: `Organisation ${index + 1}`,
    })),
    steps: Array.from({ length: steps }, (_, index) => ({
      id: `step-${index}`,
      name: `Step ${index + 1}`,
      performerRole: "Nurse",
      laneKey: `lane-${random(lanes)}`,
      position: index + 1,
    })),
    flows: Array.from({ length: flows }, (_, index) => {
      const from = random(steps);
      let to = random(steps);
      if (to === from) to = (to + 1) % steps;
      return {
        id: `flow-${index}`,
        fromStepId: `step-${from}`,
        toStepId: `step-${to}`,
        purpose: "Care",
        categories: Array.from({ length: 1 + random(3) }, () => ({
          name: words[random(words.length)] ?? "Referral",
        })),
      };
    }),
  };
}
