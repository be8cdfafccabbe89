import { randomUUID } from "node:crypto";

import { startFramework } from "@/app/maturity/frameworks/actions";
import {
  archiveFrameworkConfirmed,
  moveDimensionInOrder,
  moveQuestionInOrder,
  removeDimensionConfirmed,
  removeQuestionConfirmed,
  saveDimension,
  saveFrameworkDetails,
  saveQuestion,
} from "@/app/maturity/frameworks/[frameworkId]/actions";
import { getPrisma } from "@/lib/db/client";

import { createFramework, createRound, levelDescriptors } from "../../support/maturity-factories";
import { row } from "./row";
import { expect6 } from "./world";

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
// A dimension or question named under another framework's address is not found, even by leads.
const nobody = expect6("sign-in", "denied", "denied", "denied", "denied", "denied");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** A framework of two dimensions of two questions, with the version its forms are opened at. */
async function framework() {
  const fixture = await createFramework(await getPrisma(), { dimensions: 2, questions: 2 });
  const [first, second] = fixture.dimensions;
  return {
    ...fixture,
    first: first!,
    second: second!,
    opened: { versionId: fixture.versionId, version: 1 },
    openedFields: { versionId: fixture.versionId, version: "1" },
  };
}

/** The same, with a round answering its version: every change starts version 2. */
async function frameworkInUse(world: { organisationA: { id: string } }) {
  const prepared = await framework();
  await createRound(await getPrisma(), {
    versionId: prepared.versionId,
    organisationIds: [world.organisationA.id],
  });
  return prepared;
}

const question = (dimensionId: string, text: string) => ({
  dimensionId,
  text,
  guidance: "",
  levels: levelDescriptors(text),
  allowNotApplicable: true,
  appliesTo: ["CARE_HOME"],
});

export const maturityFrameworkRows = [
  row({
    handler: "app/maturity/frameworks/actions.ts#startFramework",
    attempt: "create a maturity framework",
    expected: leadsOnly,
    run: () => startFramework({ name: `Framework ${randomUUID()}`, description: "Access tests" }),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#saveFrameworkDetails",
    attempt: "change a framework's name and description",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      saveFrameworkDetails(p.frameworkId, {
        name: `Renamed ${randomUUID()}`,
        description: "Changed",
        ...p.opened,
      }),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#saveDimension",
    attempt: "add a dimension",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      saveDimension(p.frameworkId, null, { name: "Workforce", description: "", ...p.opened }),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#saveDimension",
    attempt: "change a dimension of a version a round uses",
    expected: leadsOnly,
    prepare: frameworkInUse,
    run: (_world, p) =>
      saveDimension(p.frameworkId, p.first.id, { name: "Renamed", description: "", ...p.opened }),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#saveDimension",
    attempt: "change a dimension through another framework's address",
    expected: nobody,
    prepare: async () => ({ owner: await framework(), other: await framework() }),
    run: (_world, p) =>
      saveDimension(p.other.frameworkId, p.owner.first.id, {
        name: "Hijacked",
        description: "",
        ...p.other.opened,
      }),
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#saveQuestion",
    attempt: "add a question",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      saveQuestion(p.frameworkId, null, { ...question(p.second.id, "New?"), ...p.opened }),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#saveQuestion",
    attempt: "change a question",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      saveQuestion(p.frameworkId, p.first.questionIds[0]!, {
        ...question(p.first.id, "Clearer?"),
        ...p.opened,
      }),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#saveQuestion",
    attempt: "change a question through another framework's address",
    expected: nobody,
    prepare: async () => ({ owner: await framework(), other: await framework() }),
    run: (_world, p) =>
      saveQuestion(p.other.frameworkId, p.owner.first.questionIds[0]!, {
        ...question(p.other.first.id, "Hijacked?"),
        ...p.other.opened,
      }),
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#moveDimensionInOrder",
    attempt: "move a dimension up",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      moveDimensionInOrder(
        form({
          frameworkId: p.frameworkId,
          dimensionId: p.second.id,
          direction: "up",
          ...p.openedFields,
        }),
      ),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#moveQuestionInOrder",
    attempt: "move a question down",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      moveQuestionInOrder(
        form({
          frameworkId: p.frameworkId,
          questionId: p.first.questionIds[0]!,
          direction: "down",
          ...p.openedFields,
        }),
      ),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#removeDimensionConfirmed",
    attempt: "remove a dimension and its questions",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      removeDimensionConfirmed(
        form({ frameworkId: p.frameworkId, dimensionId: p.first.id, ...p.openedFields }),
      ),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#removeQuestionConfirmed",
    attempt: "remove a question of a version a round uses",
    expected: leadsOnly,
    prepare: frameworkInUse,
    run: (_world, p) =>
      removeQuestionConfirmed(
        form({
          frameworkId: p.frameworkId,
          questionId: p.second.questionIds[1]!,
          ...p.openedFields,
        }),
      ),
    changes: true,
  }),
  row({
    handler: "app/maturity/frameworks/[frameworkId]/actions.ts#archiveFrameworkConfirmed",
    attempt: "archive a framework",
    expected: leadsOnly,
    prepare: framework,
    run: (_world, p) =>
      archiveFrameworkConfirmed(form({ frameworkId: p.frameworkId, archived: "true" })),
    changes: true,
  }),
];
