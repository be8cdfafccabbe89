import { describe, expect, it } from "vitest";

import { demoPathways } from "@/lib/db/seed/demo-pathways";
import {
  type Box,
  dropTarget,
  type LayoutInput,
  layOutPathway,
  type PathwayLayout,
  type Point,
} from "@/lib/pathways/layout";

import { sampleContent } from "../support/pathway-content";
import { generatedPathway, overlapProblems } from "../support/map-geometry";

const demo = (index: number): LayoutInput => {
  const pathway = demoPathways[index];
  if (!pathway) throw new Error(`No demo pathway ${index}`);
  const laneKey = (lane: (typeof pathway.steps)[number]["lane"]) =>
    "odsCode" in lane ? `org:${lane.odsCode}` : `type:${lane.type}`;
  const lanes = [...new Set(pathway.steps.map((step) => laneKey(step.lane)))].map((key) => ({
    key,
    label: key,
  }));
  return {
    lanes,
    steps: pathway.steps.map((step, position) => ({
      id: step.key,
      name: step.name,
      performerRole: step.performerRole,
      laneKey: laneKey(step.lane),
      position: position + 1,
    })),
    flows: pathway.flows.map((flow, index) => ({
      id: `flow-${index}`,
      fromStepId: flow.from,
      toStepId: flow.to,
      purpose: flow.purpose,
      categories: flow.data.map((name) => ({ name })),
    })),
  };
};

const inside = (point: Point, box: Box) =>
  point.x >= box.x &&
  point.x <= box.x + box.width &&
  point.y >= box.y &&
  point.y <= box.y + box.height;

function expectReadable(input: LayoutInput, layout: PathwayLayout) {
  expect(overlapProblems(layout)).toEqual([]);
  // Every flow is drawn, from its sending step's right side to its receiving step's left side.
  expect(layout.flows).toHaveLength(input.flows.length);
  const steps = new Map(layout.steps.map((step) => [step.id, step]));
  for (const flow of layout.flows) {
    const from = steps.get(flow.fromStepId);
    const to = steps.get(flow.toStepId);
    const first = flow.points[0];
    const last = flow.points.at(-1);
    expect(from && first && inside(first, from) && first.x === from.x + from.width).toBe(true);
    expect(to && last && inside(last, to) && last.x === to.x).toBe(true);
  }
  // Steps keep the lead's order, left to right, and sit inside their own lane.
  const ordered = [...input.steps].sort((a, b) => a.position - b.position);
  expect(layout.steps.map((step) => step.id)).toEqual(ordered.map((step) => step.id));
  layout.steps.forEach((step, index) => {
    const next = layout.steps[index + 1];
    if (next) expect(next.x).toBeGreaterThan(step.x + step.width);
    const lane = layout.lanes.find((candidate) => candidate.key === step.laneKey);
    expect(lane).toBeDefined();
    if (lane) {
      expect(step.y).toBeGreaterThanOrEqual(lane.y);
      expect(step.y + step.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
  });
  // Lanes keep their order, top to bottom, without overlapping.
  expect(layout.lanes.map((lane) => lane.key)).toEqual(input.lanes.map((lane) => lane.key));
  layout.lanes.forEach((lane, index) => {
    const next = layout.lanes[index + 1];
    if (next) expect(next.y).toBe(lane.y + lane.height);
  });
}

describe("the pathway map's layout", () => {
  it.each(demoPathways.map((pathway, index) => [pathway.name, index] as const))(
    "draws the demo pathway %s with no line through a step and no label over another",
    (_name, index) => {
      const input = demo(index);
      expectReadable(input, layOutPathway(input));
    },
  );

  it("routes a flow from the first step to the third around the second, not through it", () => {
    const content = sampleContent();
    content.flows.push({ ...content.flows[0]!, id: "f5", fromStepId: "s1", toStepId: "s3" });
    const layout = layOutPathway(content);
    expectReadable(content, layout);
    expect(layout.flows.find((flow) => flow.id === "f5")?.label?.lines.join(" ")).toBe(
      "Medications and medical devices",
    );
  });

  it("shows every label whole, breaking long ones into lines instead of cutting them", () => {
    const content = sampleContent();
    const layout = layOutPathway(content);
    const label = layout.flows.find((flow) => flow.id === "f2")?.label;
    expect(label?.lines.join(" ")).toBe("Medications and medical devices, Person demographics");
    expect(label?.lines.length).toBeGreaterThan(1);
  });

  it("lays out a pathway of 150 steps and 600 flows readably", () => {
    const input = generatedPathway(150, 600, 12);
    const layout = layOutPathway(input);
    expectReadable(input, layout);
  });

  it("is deterministic", () => {
    const input = generatedPathway(40, 120, 6);
    expect(layOutPathway(input)).toEqual(layOutPathway(input));
  });

  it("places a dropped step by the column and lane it is dropped on", () => {
    const layout = layOutPathway(sampleContent());
    const third = layout.steps[2]!;
    const lastLane = layout.lanes[2]!;
    expect(dropTarget(layout, { x: third.x + 10, y: lastLane.y + 20 })).toEqual({
      position: 3,
      laneKey: lastLane.key,
    });
  });

  it("draws an empty pathway", () => {
    const layout = layOutPathway({ lanes: [], steps: [], flows: [] });
    expect(layout.steps).toEqual([]);
    expect(layout.width).toBeGreaterThan(0);
    expect(layout.height).toBeGreaterThan(0);
  });
});
