import { BpmnModdle } from "bpmn-moddle";
import { describe, expect, it } from "vitest";

import { bpmnId, pathwayBpmn } from "@/lib/pathways/export/bpmn";

import { HOSTILE, sampleContent } from "../support/pathway-content";

interface Element {
  $type: string;
  id?: string;
  name?: string;
  [key: string]: unknown;
}

async function read(xml: string) {
  const { rootElement, warnings } = await new BpmnModdle().fromXML(xml);
  const definitions = rootElement as Element & { rootElements: Element[] };
  const collaboration = definitions.rootElements.find(
    (element) => element.$type === "bpmn:Collaboration",
  ) as Element & { participants: Element[]; messageFlows?: Element[] };
  const processes = definitions.rootElements.filter(
    (element) => element.$type === "bpmn:Process",
  ) as (Element & {
    laneSets: (Element & { lanes: (Element & { flowNodeRef?: Element[] })[] })[];
    flowElements?: Element[];
  })[];
  const diagram = (definitions as unknown as { diagrams: { plane: { planeElement: Element[] } }[] })
    .diagrams[0];
  return { warnings, collaboration, processes, planeElements: diagram?.plane.planeElement ?? [] };
}

const ofType = (elements: Element[] | undefined, type: string) =>
  (elements ?? []).filter((element) => element.$type === type);

describe("the pathway as BPMN 2.0", () => {
  it("reads without warnings in bpmn-moddle, the model behind bpmn.io", async () => {
    const { warnings } = await read(pathwayBpmn(sampleContent()));
    expect(warnings).toEqual([]);
  });

  it("has a pool and a process per organisation lane, and a lane per role within it", async () => {
    const { collaboration, processes } = await read(pathwayBpmn(sampleContent()));
    expect(collaboration.participants.map((participant) => participant.name)).toEqual([
      "Elmshire Hospital",
      "Any care home",
      "Moorside Surgery",
    ]);
    expect(processes).toHaveLength(3);
    const roles = processes.map((process) =>
      process.laneSets[0]?.lanes.map((lane) => [
        lane.name,
        (lane.flowNodeRef ?? []).map((task) => task.name),
      ]),
    );
    expect(roles).toEqual([
      [
        ["Discharge coordinator", ["Plan discharge"]],
        ["Ward pharmacist", ["Pharmacy check"]],
      ],
      [["Care home manager", ["Welcome home"]]],
      [["GP", ["Review medicines"]]],
    ]);
    const tasks = processes.flatMap((process) => ofType(process.flowElements, "bpmn:Task"));
    expect(tasks).toHaveLength(4);
  });

  it("makes flows between organisations message flows, and a flow within one a sequence flow", async () => {
    const xml = pathwayBpmn(sampleContent());
    const { collaboration, processes } = await read(xml);
    const messageFlows = collaboration.messageFlows ?? [];
    expect(messageFlows.map((flow) => flow.id)).toEqual(["Flow_f2", "Flow_f3", "Flow_f4"]);
    expect(messageFlows[0]?.name).toBe("Medications and medical devices, Person demographics");
    expect((messageFlows[0]?.sourceRef as Element).id).toBe("Task_s2");
    expect((messageFlows[0]?.targetRef as Element).id).toBe("Task_s3");

    const hospital = processes[0];
    const sequenceFlows = ofType(hospital?.flowElements, "bpmn:SequenceFlow");
    expect(sequenceFlows.map((flow) => [flow.id, flow.name])).toEqual([
      ["Flow_f1", "Medications and medical devices"],
    ]);
    expect(xml).toMatch(/<!--[^>]*same organisation[^>]*sequence flows[^>]*-->/);
    expect(
      processes.slice(1).flatMap((process) => ofType(process.flowElements, "bpmn:SequenceFlow")),
    ).toEqual([]);
  });

  it("has a diagram shape for every pool, lane and task, and an edge for every flow", async () => {
    const { planeElements } = await read(pathwayBpmn(sampleContent()));
    const shapes = ofType(planeElements, "bpmndi:BPMNShape");
    const edges = ofType(planeElements, "bpmndi:BPMNEdge");
    const shown = shapes.map((shape) => (shape.bpmnElement as Element).$type).sort();
    expect(shown).toEqual([
      ...Array<string>(4).fill("bpmn:Lane"),
      ...Array<string>(3).fill("bpmn:Participant"),
      ...Array<string>(4).fill("bpmn:Task"),
    ]);
    expect(edges).toHaveLength(4);
    for (const edge of edges) {
      expect((edge.waypoint as unknown[]).length).toBeGreaterThanOrEqual(2);
    }
  });

  it("escapes hostile names and keeps ids valid", async () => {
    const content = sampleContent({ name: HOSTILE });
    content.lanes[0]!.label = HOSTILE;
    content.steps[0]!.name = HOSTILE;
    content.steps[0]!.performerRole = HOSTILE;
    content.flows[1]!.categories = [{ id: "c", name: HOSTILE }];
    const xml = pathwayBpmn(content);
    expect(xml).not.toContain("<script");
    const { warnings, collaboration } = await read(xml);
    expect(warnings).toEqual([]);
    expect(collaboration.participants[0]?.name).toBe(HOSTILE);
    expect(collaboration.messageFlows?.[0]?.name).toBe(HOSTILE);
  });

  it("turns any record id into an NCName", () => {
    expect(bpmnId("Task", "0b1c2d3e-aaaa-4bbb-8ccc-123456789abc")).toBe(
      "Task_0b1c2d3e-aaaa-4bbb-8ccc-123456789abc",
    );
    expect(bpmnId("Flow", "a:b c")).toBe("Flow_a_b_c");
  });
});
