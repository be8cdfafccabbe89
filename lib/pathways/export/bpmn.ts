import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

import type { PathwayContent, PathwayFlowView, PathwayStepView } from "../content";
import { layOutPathway } from "../layout";
import { flowStateLabels, knownLabel, mechanismLabels, timelinessLabels } from "../types";

import { xmlSafe } from "./xml-text";

// The pathway as BPMN 2.0 XML, for bpmn.io, Camunda Modeler and other BPMN tools: a
// collaboration with one pool per lane of the map (an organisation, or any organisation of a
// type), each with its own process; in each, one BPMN lane per role that does steps there; one
// task per step; information flows between pools as message flows named after their data. The
// diagram follows the map's layout: steps keep their columns, and pools stack as the map's lanes.

const NS = {
  bpmn: "http://www.omg.org/spec/BPMN/20100524/MODEL",
  bpmndi: "http://www.omg.org/spec/BPMN/20100524/DI",
  dc: "http://www.omg.org/spec/DD/20100524/DC",
  di: "http://www.omg.org/spec/DD/20100524/DI",
};

const POOL_X = 150;
/** The band down a pool's left side that holds its name. */
const POOL_LABEL = 30;
const ROLE_HEIGHT = 140;
const TASK_WIDTH = 160;
const TASK_HEIGHT = 80;

/** An id that is a valid XML NCName whatever the record id: a letter, then letters, digits, _ or -. */
export const bpmnId = (kind: string, id: string) => `${kind}_${id.replace(/[^A-Za-z0-9_-]/g, "_")}`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Pool {
  id: string;
  processId: string;
  name: string;
  roles: { id: string; name: string; steps: PathwayStepView[]; box: Box }[];
  box: Box;
}

const bounds = (parent: XMLBuilder, box: Box) =>
  parent.ele(NS.dc, "dc:Bounds", {
    x: String(box.x),
    y: String(box.y),
    width: String(box.width),
    height: String(box.height),
  });

const waypoints = (edge: XMLBuilder, points: [number, number][]) => {
  for (const [x, y] of points) edge.ele(NS.di, "di:waypoint", { x: String(x), y: String(y) });
};

/** The words a flow's documentation holds: everything a BPMN tool has no field for. */
function describeFlow(flow: PathwayFlowView): string {
  return [
    `Data: ${flow.categories.map((category) => category.name).join(", ")}`,
    `Purpose: ${flow.purpose}`,
    `Timeliness: ${timelinessLabels[flow.timeliness]}`,
    flow.volumePerMonth === null ? null : `Records a month: ${flow.volumePerMonth}`,
    `Mechanism: ${mechanismLabels[flow.mechanism]}`,
    flow.standard ? `Standard: ${flow.standard}` : null,
    `Today: ${flowStateLabels[flow.currentState]}`,
    `Sender holds the data digitally: ${knownLabel(flow.senderHoldsDigitally)}`,
    `Receiver can take it in: ${knownLabel(flow.receiverCanTakeIn)}`,
    flow.notes ? `Notes: ${flow.notes}` : null,
  ]
    .filter((line): line is string => line !== null)
    .map(xmlSafe)
    .join("\n");
}

/** The pathway as a BPMN 2.0 document. */
export function pathwayBpmn(content: PathwayContent): string {
  const layout = layOutPathway(content);
  const columnOf = new Map(layout.steps.map((step) => [step.id, step]));
  const stepsInOrder = [...content.steps].sort((a, b) => a.position - b.position);
  const width = Math.max(layout.width - POOL_X, POOL_LABEL + TASK_WIDTH + 80);

  // Pools stack in the map's lane order; each pool is as tall as its roles need.
  let top = 0;
  const pools: Pool[] = content.lanes.map((lane, laneIndex) => {
    const number = laneIndex + 1;
    const roles: Pool["roles"] = [];
    for (const step of stepsInOrder.filter((candidate) => candidate.laneKey === lane.key)) {
      let role = roles.find((candidate) => candidate.name === step.performerRole);
      if (!role) {
        role = {
          id: `Lane_${number}_${roles.length + 1}`,
          name: step.performerRole,
          steps: [],
          box: { x: 0, y: 0, width: 0, height: 0 },
        };
        roles.push(role);
      }
      role.steps.push(step);
    }
    const height = Math.max(1, roles.length) * ROLE_HEIGHT;
    roles.forEach((role, index) => {
      role.box = {
        x: POOL_X + POOL_LABEL,
        y: top + index * ROLE_HEIGHT,
        width: width - POOL_LABEL,
        height: ROLE_HEIGHT,
      };
    });
    const pool: Pool = {
      id: `Participant_${number}`,
      processId: `Process_${number}`,
      name: lane.label,
      roles,
      box: { x: POOL_X, y: top, width, height },
    };
    top += height;
    return pool;
  });

  const taskBox = new Map<string, Box>();
  const poolOfStep = new Map<string, Pool>();
  for (const pool of pools) {
    for (const role of pool.roles) {
      for (const step of role.steps) {
        const column = columnOf.get(step.id);
        const x =
          (column?.x ?? POOL_X + POOL_LABEL + 20) + (column ? (column.width - TASK_WIDTH) / 2 : 0);
        taskBox.set(step.id, {
          x,
          y: role.box.y + (ROLE_HEIGHT - TASK_HEIGHT) / 2,
          width: TASK_WIDTH,
          height: TASK_HEIGHT,
        });
        poolOfStep.set(step.id, pool);
      }
    }
  }

  const flows = content.flows.flatMap((flow) => {
    const from = poolOfStep.get(flow.fromStepId);
    const to = poolOfStep.get(flow.toStepId);
    return from && to ? [{ flow, from, to, sameOrganisation: from === to }] : [];
  });

  const document = create({ version: "1.0", encoding: "UTF-8" });
  const definitions = document.ele(NS.bpmn, "bpmn:definitions", {
    "xmlns:bpmndi": NS.bpmndi,
    "xmlns:dc": NS.dc,
    "xmlns:di": NS.di,
    id: "Definitions_pathway",
    targetNamespace: "https://coalition.example/pathways",
    exporter: "Coalition",
    exporterVersion: "1",
  });

  const collaboration = definitions.ele(NS.bpmn, "bpmn:collaboration", {
    id: "Collaboration_pathway",
  });
  collaboration
    .ele(NS.bpmn, "bpmn:documentation")
    .txt(
      xmlSafe(`${content.name}\nPopulation: ${content.population}\nPurpose: ${content.purpose}`),
    );
  for (const pool of pools) {
    collaboration.ele(NS.bpmn, "bpmn:participant", {
      id: pool.id,
      name: xmlSafe(pool.name),
      processRef: pool.processId,
    });
  }
  for (const { flow } of flows.filter((entry) => !entry.sameOrganisation)) {
    collaboration
      .ele(NS.bpmn, "bpmn:messageFlow", {
        id: bpmnId("Flow", flow.id),
        name: xmlSafe(flow.categories.map((category) => category.name).join(", ")),
        sourceRef: bpmnId("Task", flow.fromStepId),
        targetRef: bpmnId("Task", flow.toStepId),
      })
      .ele(NS.bpmn, "bpmn:documentation")
      .txt(describeFlow(flow));
  }

  for (const pool of pools) {
    const process = definitions.ele(NS.bpmn, "bpmn:process", {
      id: pool.processId,
      name: xmlSafe(pool.name),
      isExecutable: "false",
    });
    const laneSet = process.ele(NS.bpmn, "bpmn:laneSet", { id: `LaneSet_${pool.id}` });
    for (const role of pool.roles) {
      const lane = laneSet.ele(NS.bpmn, "bpmn:lane", { id: role.id, name: xmlSafe(role.name) });
      for (const step of role.steps) {
        lane.ele(NS.bpmn, "bpmn:flowNodeRef").txt(bpmnId("Task", step.id));
      }
    }
    const internal = flows.filter((entry) => entry.sameOrganisation && entry.from === pool);
    for (const role of pool.roles) {
      for (const step of role.steps) {
        const task = process.ele(NS.bpmn, "bpmn:task", {
          id: bpmnId("Task", step.id),
          name: xmlSafe(step.name),
        });
        const documentation = [
          step.setting ? `Setting: ${step.setting}` : null,
          step.description,
        ].filter((line): line is string => Boolean(line));
        if (documentation.length > 0) {
          task.ele(NS.bpmn, "bpmn:documentation").txt(xmlSafe(documentation.join("\n")));
        }
        for (const { flow } of internal.filter((entry) => entry.flow.toStepId === step.id)) {
          task.ele(NS.bpmn, "bpmn:incoming").txt(bpmnId("Flow", flow.id));
        }
        for (const { flow } of internal.filter((entry) => entry.flow.fromStepId === step.id)) {
          task.ele(NS.bpmn, "bpmn:outgoing").txt(bpmnId("Flow", flow.id));
        }
      }
    }
    if (internal.length > 0) {
      process.com(
        " Information flows between two steps of the same organisation: BPMN allows message flows only between pools, so these are sequence flows. ",
      );
    }
    for (const { flow } of internal) {
      process
        .ele(NS.bpmn, "bpmn:sequenceFlow", {
          id: bpmnId("Flow", flow.id),
          name: xmlSafe(flow.categories.map((category) => category.name).join(", ")),
          sourceRef: bpmnId("Task", flow.fromStepId),
          targetRef: bpmnId("Task", flow.toStepId),
        })
        .ele(NS.bpmn, "bpmn:documentation")
        .txt(describeFlow(flow));
    }
  }

  const plane = definitions
    .ele(NS.bpmndi, "bpmndi:BPMNDiagram", { id: "BPMNDiagram_pathway" })
    .ele(NS.bpmndi, "bpmndi:BPMNPlane", {
      id: "BPMNPlane_pathway",
      bpmnElement: "Collaboration_pathway",
    });
  for (const pool of pools) {
    bounds(
      plane.ele(NS.bpmndi, "bpmndi:BPMNShape", {
        id: `${pool.id}_di`,
        bpmnElement: pool.id,
        isHorizontal: "true",
      }),
      pool.box,
    );
    for (const role of pool.roles) {
      bounds(
        plane.ele(NS.bpmndi, "bpmndi:BPMNShape", {
          id: `${role.id}_di`,
          bpmnElement: role.id,
          isHorizontal: "true",
        }),
        role.box,
      );
    }
  }
  for (const step of stepsInOrder) {
    const box = taskBox.get(step.id);
    if (!box) continue;
    bounds(
      plane.ele(NS.bpmndi, "bpmndi:BPMNShape", {
        id: `${bpmnId("Task", step.id)}_di`,
        bpmnElement: bpmnId("Task", step.id),
      }),
      box,
    );
  }
  for (const { flow, sameOrganisation } of flows) {
    const from = taskBox.get(flow.fromStepId) as Box;
    const to = taskBox.get(flow.toStepId) as Box;
    const edge = plane.ele(NS.bpmndi, "bpmndi:BPMNEdge", {
      id: `${bpmnId("Flow", flow.id)}_di`,
      bpmnElement: bpmnId("Flow", flow.id),
    });
    waypoints(edge, sameOrganisation ? sequenceRoute(from, to) : messageRoute(from, to));
  }

  return document.end({ prettyPrint: true });
}

const centreX = (box: Box) => box.x + box.width / 2;
const centreY = (box: Box) => box.y + box.height / 2;

/** Between pools: out of the top or bottom of one task, into the facing side of the other. */
function messageRoute(from: Box, to: Box): [number, number][] {
  const down = from.y < to.y;
  const startY = down ? from.y + from.height : from.y;
  const endY = down ? to.y : to.y + to.height;
  const middle = Math.round((startY + endY) / 2);
  return [
    [centreX(from), startY],
    [centreX(from), middle],
    [centreX(to), middle],
    [centreX(to), endY],
  ];
}

/** Within a pool: forwards from side to side, backwards underneath. */
function sequenceRoute(from: Box, to: Box): [number, number][] {
  if (from.x < to.x) {
    const turn = to.x - 20;
    return [
      [from.x + from.width, centreY(from)],
      [turn, centreY(from)],
      [turn, centreY(to)],
      [to.x, centreY(to)],
    ];
  }
  const below = Math.max(from.y + from.height, to.y + to.height) + 20;
  return [
    [centreX(from), from.y + from.height],
    [centreX(from), below],
    [centreX(to), below],
    [centreX(to), to.y + to.height],
  ];
}
