import { randomUUID } from "node:crypto";

import { moveValue } from "@/lib/pathways/move-value";
import { saveDataCategory, startPathway } from "@/app/pathways/actions";
import {
  archiveConfirmed,
  moveStepInOrder,
  publishConfirmed,
  relocateStep,
  removeFlowConfirmed,
  removeStepConfirmed,
  saveFlow,
  savePathwayDetails,
  saveStep,
} from "@/app/pathways/[pathwayId]/actions";
import { getPrisma } from "@/lib/db/client";

import { categoryId, flowInput } from "../../support/pathway-factories";
import { row } from "./row";
import { expect6 } from "./world";

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
// A step or flow named under another pathway's address is not found, even by leads.
const nobody = expect6("sign-in", "denied", "denied", "denied", "denied", "denied");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const details = { name: "Matrix pathway", population: "Anyone", purpose: "Access tests" };

/** A draft pathway with two steps and a flow between them, written directly. */
async function pathwayWithFlow() {
  const prisma = await getPrisma();
  const pathway = await prisma.pathway.create({ data: { ...details, revision: 1 } });
  const [from, to] = await Promise.all(
    [1, 2].map((position) =>
      prisma.pathwayStep.create({
        data: {
          pathwayId: pathway.id,
          name: `Step ${position}`,
          performerRole: "Nurse",
          organisationType: "GP_PRACTICE",
          position,
        },
      }),
    ),
  );
  const medications = await categoryId(prisma, "Medications and medical devices");
  const flow = await prisma.informationFlow.create({
    data: {
      pathwayId: pathway.id,
      fromStepId: from!.id,
      toStepId: to!.id,
      purpose: "Care",
      timeliness: "SAME_DAY",
      mechanism: "API",
      currentState: "MANUAL",
      categories: { create: { dataCategoryId: medications } },
    },
  });
  return { pathway: pathway.id, from: from!.id, to: to!.id, flow: flow.id, medications };
}

const step = { name: "Visit", lane: "type:CARE_HOME", performerRole: "Carer" };

export const pathwayRows = [
  row({
    handler: "app/pathways/actions.ts#startPathway",
    attempt: "start a pathway",
    expected: leadsOnly,
    run: () => startPathway(details),
    changes: true,
  }),
  row({
    handler: "app/pathways/actions.ts#saveDataCategory",
    attempt: "add a kind of data",
    expected: leadsOnly,
    run: () => saveDataCategory({ name: `Kind ${randomUUID()}`, description: "" }),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#savePathwayDetails",
    attempt: "change a pathway's details",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => savePathwayDetails(p.pathway, { ...details, name: "Renamed" }, 1),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#saveStep",
    attempt: "add a step to a pathway",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => saveStep(p.pathway, null, step, null),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#saveStep",
    attempt: "change a step of a pathway",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => saveStep(p.pathway, p.from, step, 1),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#saveStep",
    attempt: "change a step through another pathway's address",
    expected: nobody,
    prepare: async () => ({ owner: await pathwayWithFlow(), other: await pathwayWithFlow() }),
    run: (_world, p) => saveStep(p.other.pathway, p.owner.from, step, 1),
    auditsDenial: false,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#relocateStep",
    attempt: "move a step on the map",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => relocateStep(p.pathway, p.to, { position: 1, version: 1 }),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#moveStepInOrder",
    attempt: "move a step earlier",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) =>
      moveStepInOrder(
        form({
          pathwayId: p.pathway,
          move: moveValue({ stepId: p.to, position: 1, version: 1 }),
        }),
      ),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#removeStepConfirmed",
    attempt: "remove a step and its flows",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => removeStepConfirmed(form({ pathwayId: p.pathway, stepId: p.from })),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#saveFlow",
    attempt: "add a flow",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => saveFlow(p.pathway, null, flowInput(p.to, p.from, [p.medications]), null),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#saveFlow",
    attempt: "change a flow",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => saveFlow(p.pathway, p.flow, flowInput(p.from, p.to, [p.medications]), 1),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#saveFlow",
    attempt: "change a flow through another pathway's address",
    expected: nobody,
    prepare: async () => ({ owner: await pathwayWithFlow(), other: await pathwayWithFlow() }),
    run: (_world, p) =>
      saveFlow(
        p.other.pathway,
        p.owner.flow,
        flowInput(p.other.from, p.other.to, [p.other.medications]),
        1,
      ),
    auditsDenial: false,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#removeFlowConfirmed",
    attempt: "remove a flow",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => removeFlowConfirmed(form({ pathwayId: p.pathway, flowId: p.flow })),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#publishConfirmed",
    attempt: "publish a pathway",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => publishConfirmed(form({ pathwayId: p.pathway })),
    changes: true,
  }),
  row({
    handler: "app/pathways/[pathwayId]/actions.ts#archiveConfirmed",
    attempt: "archive a pathway",
    expected: leadsOnly,
    prepare: pathwayWithFlow,
    run: (_world, p) => archiveConfirmed(form({ pathwayId: p.pathway, archived: "true" })),
    changes: true,
  }),
];
