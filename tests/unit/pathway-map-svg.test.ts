import { convert } from "xmlbuilder2";
import { describe, expect, it } from "vitest";

import { pathwayMapSvg, truncate, wrap } from "@/lib/pathways/export/map-svg";

import { generatedPathway, overlapProblems } from "../support/map-geometry";
import { flow, HOSTILE, sampleContent, step } from "../support/pathway-content";

const readiness = new Map([
  ["f1", { status: "READY" as const }],
  ["f2", { status: "AT_RISK" as const }],
  ["f3", { status: "BLOCKED" as const }],
  ["f4", { status: "AT_RISK" as const }],
]);

const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe("the pathway map as SVG", () => {
  it("is a well-formed, labelled image with a view box", () => {
    const svg = pathwayMapSvg(sampleContent(), { readiness });
    // Throws on anything that is not well-formed XML.
    const parsed = convert(svg, { format: "object" }) as { svg: Record<string, unknown> };
    expect(parsed.svg["@role"]).toBe("img");
    expect(parsed.svg["@viewBox"]).toMatch(/^0 0 \d+ \d+$/);
    expect(parsed.svg["@font-family"]).toContain("Arial");
    expect(svg).toContain('<title id="pathway-map-title">Discharge home</title>');
    expect(svg).toMatch(
      /<desc id="pathway-map-desc">[^<]*4 steps in 3 lanes, with 4 information flows/,
    );
  });

  it("draws one band per lane, one box per step and one path per flow", () => {
    const svg = pathwayMapSvg(sampleContent(), { readiness });
    expect(count(svg, /<g class="lane">/g)).toBe(3);
    expect(count(svg, /<g class="step"[^>]*>/g)).toBe(4);
    expect(count(svg, /<g class="flow"[^>]*>/g)).toBe(4);
    const flowPaths = svg.match(/<g class="flow"[^>]*>.*?<\/g>/gs) ?? [];
    expect(flowPaths.map((group) => count(group, /<path /g))).toEqual([1, 1, 1, 1]);
    for (const name of ["Plan discharge", "Pharmacy check", "Welcome home", "Review medicines"]) {
      expect(svg).toContain(`>${name}</tspan>`);
    }
    expect(svg).toContain(">Ward pharmacist</tspan>");
  });

  it("shows each flow's readiness by colour and dash pattern, with a legend", () => {
    const svg = pathwayMapSvg(sampleContent(), { readiness });
    const blocked = svg.match(/<g class="flow" data-readiness="BLOCKED"[^>]*>.*?<\/g>/s)?.[0] ?? "";
    expect(blocked).toContain('stroke="#d5281b"');
    expect(blocked).toContain('stroke-dasharray="2 4"');
    const ready = svg.match(/<g class="flow" data-readiness="READY"[^>]*>.*?<\/g>/s)?.[0] ?? "";
    expect(ready).not.toContain("stroke-dasharray");
    expect(count(svg, /data-readiness="AT_RISK"/g)).toBe(2);
    const legend = svg.match(/<g class="legend">.*?<\/g>/s)?.[0] ?? "";
    for (const label of ["Ready", "At risk", "Blocked"]) expect(legend).toContain(`>${label}<`);
    expect(legend).not.toContain("Not assessed");
    expect(count(legend, /<line /g)).toBe(3);
  });

  it("labels flows with their data, and shows unassessed flows as such in the legend", () => {
    const svg = pathwayMapSvg(sampleContent());
    expect(svg).toContain(">Person demographics</tspan>");
    expect(count(svg, /data-readiness="UNKNOWN"/g)).toBe(4);
    expect(svg.match(/<g class="legend">.*?<\/g>/s)?.[0]).toContain("Not assessed");
  });

  it("escapes hostile names everywhere", () => {
    const content = sampleContent({ name: HOSTILE, population: HOSTILE });
    content.lanes[0]!.label = HOSTILE;
    content.steps[0] = { ...step("s1", HOSTILE, HOSTILE, "org:hospital", 1) };
    content.flows[0]!.categories = [{ id: "c", name: HOSTILE }];
    const svg = pathwayMapSvg(content, { readiness });
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain(`"x"`);
    expect(svg).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;more&apos;",
    );
    expect(() => convert(svg, { format: "object" })).not.toThrow();
  });

  it("drops characters XML cannot hold", () => {
    const svg = pathwayMapSvg(sampleContent({ name: "Bad\u0000\u0007name\uFFFF" }));
    expect(svg).toContain(">Badname</title>");
    expect(() => convert(svg, { format: "object" })).not.toThrow();
  });

  it("keeps ids apart when given a prefix", () => {
    const svg = pathwayMapSvg(sampleContent(), { readiness, idPrefix: "print-map" });
    expect(svg).toContain('aria-labelledby="print-map-title print-map-desc"');
    expect(svg).toContain('id="print-map-arrow-blocked"');
    expect(svg).not.toContain('id="pathway-map-');
  });

  it("draws an empty pathway", () => {
    const svg = pathwayMapSvg(sampleContent({ lanes: [], steps: [], flows: [] }));
    expect(count(svg, /<g class="step"[^>]*>/g)).toBe(0);
    expect(svg).toContain("0 steps in 0 lanes");
  });
});

describe("fitting text into boxes", () => {
  it("wraps words onto lines and cuts the last line with an ellipsis", () => {
    expect(wrap("Plan discharge and arrange transport home", 16, 2)).toEqual([
      "Plan discharge",
      "and arrange tra…",
    ]);
    expect(wrap("Short", 16, 2)).toEqual(["Short"]);
    expect(wrap("Averyveryverylongsingleword", 10, 2)).toEqual(["Averyvery…"]);
  });

  it("leaves short text alone and cuts long text", () => {
    expect(truncate("  two   words ", 20)).toBe("two words");
    expect(truncate("abcdefghij", 5)).toBe("abcd…");
  });
});

/** The geometry the SVG draws: its step boxes, its flows' corners and its label boxes. */
function drawnGeometry(svg: string) {
  const number = (group: string, name: string) =>
    Number(group.match(new RegExp(` ${name}="([-\\d.]+)"`))?.[1]);
  const box = (group: string) => ({
    x: number(group, "x"),
    y: number(group, "y"),
    width: number(group, "width"),
    height: number(group, "height"),
  });
  const steps = [...svg.matchAll(/<g class="step" id="([^"]+)">(.*?)<\/g>/gs)].map((match) => ({
    id: match[1] ?? "",
    name: "",
    performerRole: "",
    laneKey: "",
    ...box(match[2]?.match(/<rect [^>]*>/)?.[0] ?? ""),
  }));
  const labels = [...svg.matchAll(/<g class="flow-label">(<rect [^>]*>)/g)].map((match) =>
    box(match[1] ?? ""),
  );
  const flows = [
    ...svg.matchAll(/<g class="flow"[^>]*data-from="([^"]+)" data-to="([^"]+)">.*? d="([^"]+)"/gs),
  ].map((match, index) => ({
    id: `flow-${index}`,
    fromStepId: match[1] ?? "",
    toStepId: match[2] ?? "",
    points: [...(match[3] ?? "").matchAll(/[ML] ([-\d.]+) ([-\d.]+)/g)].map((point) => ({
      x: Number(point[1]),
      y: Number(point[2]),
    })),
    label: labels[index] ?? null,
  }));
  return { steps, flows, labels };
}

describe("the SVG map's geometry", () => {
  it("draws no line through a step and no label over a step or another label", () => {
    const content = sampleContent();
    content.flows.push({ ...content.flows[0]!, id: "f5", fromStepId: "s1", toStepId: "s3" });
    const svg = pathwayMapSvg(content, { readiness });
    const drawn = drawnGeometry(svg);
    expect(drawn.steps).toHaveLength(4);
    expect(drawn.flows).toHaveLength(5);
    expect(drawn.labels).toHaveLength(5);
    expect(drawn.flows.every((flow) => flow.points.length >= 2)).toBe(true);
    expect(overlapProblems(drawn)).toEqual([]);
  });

  it("stays readable for a pathway of 150 steps and 600 flows", () => {
    const generated = generatedPathway(150, 600, 12);
    const content = sampleContent({
      lanes: generated.lanes.map((lane) => ({ ...sampleContent().lanes[0]!, ...lane })),
      steps: generated.steps.map((one) =>
        step(one.id, one.name, one.performerRole, one.laneKey, one.position),
      ),
      flows: generated.flows.map((one) => ({
        ...flow(one.id, one.fromStepId, one.toStepId, []),
        categories: one.categories.map((category, index) => ({
          id: `${one.id}-${index}`,
          ...category,
        })),
      })),
    });
    const drawn = drawnGeometry(pathwayMapSvg(content));
    expect(drawn.steps).toHaveLength(150);
    expect(drawn.flows).toHaveLength(600);
    expect(overlapProblems(drawn)).toEqual([]);
  });

  it("would notice a line drawn through a step", () => {
    const drawn = drawnGeometry(pathwayMapSvg(sampleContent(), { readiness }));
    const [first, , third] = drawn.steps;
    const straight = {
      ...drawn.flows[0]!,
      fromStepId: first!.id,
      toStepId: third!.id,
      points: [
        { x: first!.x + first!.width, y: first!.y + 10 },
        { x: third!.x, y: first!.y + 10 },
      ],
    };
    expect(overlapProblems({ ...drawn, flows: [straight] })).toEqual([
      `flow ${straight.id} crosses step ${drawn.steps[1]!.id}`,
    ]);
  });
});
