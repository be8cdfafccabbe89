import { GET as exportDataNeeds } from "@/app/data-needs/export.csv/route";
import { removeNeed, saveDataNeed } from "@/app/organisations/[organisationId]/data-needs/actions";
import { getPrisma } from "@/lib/db/client";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { createDataNeed, createPathwayStep } from "../../support/data-need-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** A starting data category (the migrations add them) and the form's values for it. */
async function needInput(world: World) {
  const category = await (
    await getPrisma()
  ).dataCategory.findFirstOrThrow({
    select: { id: true },
  });
  return {
    teamOrRole: "Night nurses",
    dataCategoryId: category.id,
    source: `org:${world.organisationB.id}`,
    timeliness: "SAME_DAY",
    volumePerMonth: "",
    purpose: "To give the right medicines",
    decision: "",
    importance: "ESSENTIAL",
    metToday: "PARTLY",
    pathwayStepId: "",
  };
}

/** A need of organisation A, and the form's values to change it. */
async function needOfA(world: World) {
  const input = await needInput(world);
  const need = await createDataNeed(await getPrisma(), world.organisationA.id, {
    dataCategoryId: input.dataCategoryId,
  });
  return { need, input };
}

/** The form's values for a need of A that serves a step of a draft, or of a published, pathway. */
async function needServingStep(world: World, published: boolean) {
  const input = await needInput(world);
  const { pathwayId, stepId } = await createPathwayStep(await getPrisma());
  if (published) await publishPathway(world.actors.lead, pathwayId);
  return { ...input, pathwayStepId: stepId };
}

/**
 * Saving refuses a step the person may not read beside the field, as it refuses one that does
 * not exist: a refusal all the same.
 */
async function refusedStepIsDenied(attempt: Promise<Awaited<ReturnType<typeof saveDataNeed>>>) {
  const result = await attempt;
  if (!result.ok && result.code === "VALIDATION" && result.fieldErrors?.pathwayStepId) {
    return { ok: false, code: "FORBIDDEN", message: result.fieldErrors.pathwayStepId[0] };
  }
  return result;
}

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
const organisationAAdmins = expect6("sign-in", "denied", "allowed", "denied", "allowed", "allowed");
// Naming A's need under B's address: the need is not B's, so it is not found, even for leads.
const nobodyUnderB = expect6("sign-in", "denied", "denied", "denied", "denied", "denied");

export const dataNeedRows = [
  row({
    handler: "app/organisations/[organisationId]/data-needs/actions.ts#saveDataNeed",
    attempt: "record a data need of organisation A",
    expected: organisationAAdmins,
    prepare: needInput,
    run: (world, input) => saveDataNeed(world.organisationA.id, null, null, input),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/data-needs/actions.ts#saveDataNeed",
    attempt: "record a data need of organisation A serving a step of a draft pathway",
    // Only the people who read drafts may point at them.
    expected: leadsOnly,
    prepare: (world) => needServingStep(world, false),
    run: (world, input) =>
      refusedStepIsDenied(saveDataNeed(world.organisationA.id, null, null, input)),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/organisations/[organisationId]/data-needs/actions.ts#saveDataNeed",
    attempt: "record a data need of organisation A serving a step of a published pathway",
    expected: organisationAAdmins,
    prepare: (world) => needServingStep(world, true),
    run: (world, input) =>
      refusedStepIsDenied(saveDataNeed(world.organisationA.id, null, null, input)),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/data-needs/actions.ts#saveDataNeed",
    attempt: "change a data need of organisation A",
    expected: organisationAAdmins,
    prepare: needOfA,
    run: (world, { need, input }) =>
      saveDataNeed(world.organisationA.id, need.id, need.version, {
        ...input,
        metToday: "FULLY",
      }),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/data-needs/actions.ts#saveDataNeed",
    attempt: "change organisation A's data need through organisation B's address",
    expected: nobodyUnderB,
    prepare: needOfA,
    run: (world, { need, input }) =>
      saveDataNeed(world.organisationB.id, need.id, need.version, input),
    auditsDenial: false,
  }),
  row({
    handler: "app/organisations/[organisationId]/data-needs/actions.ts#removeNeed",
    attempt: "remove a data need of organisation A",
    expected: organisationAAdmins,
    prepare: needOfA,
    run: (world, { need }) =>
      removeNeed(form({ organisationId: world.organisationA.id, needId: need.id })),
    changes: true,
  }),
  row({
    handler: "app/organisations/[organisationId]/data-needs/actions.ts#removeNeed",
    attempt: "remove organisation A's data need through organisation B's address",
    expected: nobodyUnderB,
    prepare: needOfA,
    run: (world, { need }) =>
      removeNeed(form({ organisationId: world.organisationB.id, needId: need.id })),
    auditsDenial: false,
  }),
  row({
    handler: "app/data-needs/export.csv/route.ts#GET",
    attempt: "download the coalition's data needs as CSV",
    expected: leadsOnly,
    prepare: needOfA,
    run: () => exportDataNeeds(new Request("http://localhost/data-needs/export.csv")),
  }),
  row({
    handler: "app/data-needs/export.csv/route.ts#GET",
    attempt: "download the data needs of one place as CSV",
    expected: leadsOnly,
    prepare: needOfA,
    run: (world) =>
      exportDataNeeds(new Request(`http://localhost/data-needs/export.csv?place=${world.placeId}`)),
  }),
];
