import type { Actor } from "@/lib/auth/actor";
import { listAuditFilterOptions } from "@/lib/audit/list-audit-filter-options";
import { getCommitmentChoices } from "@/lib/commitments/choices";
import { getPrisma } from "@/lib/db/client";
import { listCoalitionFilterOptions } from "@/lib/data-needs/list-coalition-needs";
import { listDataNeedFormOptions } from "@/lib/data-needs/list-form-options";
import { AppError } from "@/lib/errors";
import { getInteractionFormOptions } from "@/lib/interactions/form-data";
import { listRoundFormOptions } from "@/lib/maturity/rounds/list-round-form-options";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { createPathwayStep } from "../../support/data-need-factories";
import { createOrganisation, createUser } from "../../support/factories";
import { createFramework, createRound } from "../../support/maturity-factories";
import type { Role, World } from "./world";

// Every list of options the app loads from the database, and whether a record each person may
// not read could show up in it. A form must offer only what the server would accept from that
// person, so each list is filtered the same way as the records themselves.

/** The record was offered, left out, or the whole list was refused to the person. */
export type Offer = "offered" | "left out" | "refused";
type SignedIn = Exclude<Role, "anonymous">;

export interface OptionListRow<Prepared = unknown> {
  /** The lib/ function that loads the list. */
  list: string;
  /** What could be offered, e.g. "a step of a draft pathway". */
  record: string;
  expected: Record<SignedIn, Offer>;
  prepare: (world: World) => Promise<Prepared>;
  /** Whether the record is among the options the actor is given. */
  offers: (actor: Actor, world: World, prepared: Prepared) => Promise<boolean>;
}

const optionRow = <Prepared>(definition: OptionListRow<Prepared>) => definition as OptionListRow;

const expect5 = (
  memberOfA: Offer,
  adminOfA: Offer,
  adminOfB: Offer,
  lead: Offer,
  platformAdmin: Offer,
): Record<SignedIn, Offer> => ({ memberOfA, adminOfA, adminOfB, lead, platformAdmin });

const leadsOnly = expect5("refused", "refused", "refused", "offered", "offered");

/** A pathway with one step, published when asked. */
async function pathwayStep(world: World, published: boolean) {
  const step = await createPathwayStep(await getPrisma());
  if (published) await publishPathway(world.actors.lead, step.pathwayId);
  return step;
}

const stepOffered = async (actor: Actor, stepId: string) =>
  (await listDataNeedFormOptions(actor)).pathwaySteps.some((group) =>
    group.options.some((option) => option.value === stepId),
  );

export const optionListRows = [
  optionRow({
    list: "lib/data-needs/list-form-options.ts#listDataNeedFormOptions",
    record: "a step of a draft pathway",
    expected: expect5("left out", "left out", "left out", "offered", "offered"),
    prepare: (world) => pathwayStep(world, false),
    offers: (actor, _world, { stepId }) => stepOffered(actor, stepId),
  }),
  optionRow({
    list: "lib/data-needs/list-form-options.ts#listDataNeedFormOptions",
    record: "a step of a published pathway",
    expected: expect5("offered", "offered", "offered", "offered", "offered"),
    prepare: (world) => pathwayStep(world, true),
    offers: (actor, _world, { stepId }) => stepOffered(actor, stepId),
  }),
  optionRow({
    list: "lib/data-needs/list-form-options.ts#listDataNeedFormOptions",
    record: "a step added to a published pathway's draft since it was published",
    expected: expect5("left out", "left out", "left out", "offered", "offered"),
    prepare: async (world) => {
      const { pathwayId } = await pathwayStep(world, true);
      const added = await (
        await getPrisma()
      ).pathwayStep.create({
        data: {
          pathwayId,
          name: "Added later",
          performerRole: "Nurse",
          organisationType: "CARE_HOME",
          position: 2,
        },
      });
      return { stepId: added.id };
    },
    offers: (actor, _world, { stepId }) => stepOffered(actor, stepId),
  }),
  optionRow({
    list: "lib/data-needs/list-form-options.ts#listDataNeedFormOptions",
    record: "an archived organisation as the source of data",
    expected: expect5("left out", "left out", "left out", "left out", "left out"),
    prepare: async (world) => {
      const prisma = await getPrisma();
      const organisation = await createOrganisation(prisma, { placeId: world.placeId });
      return prisma.organisation.update({
        where: { id: organisation.id },
        data: { archivedAt: new Date() },
      });
    },
    offers: async (actor, _world, organisation) =>
      (await listDataNeedFormOptions(actor)).organisations.some(
        (option) => option.value === `org:${organisation.id}`,
      ),
  }),
  optionRow({
    list: "lib/data-needs/list-coalition-needs.ts#listCoalitionFilterOptions",
    record: "a draft pathway to filter by",
    expected: leadsOnly,
    prepare: (world) => pathwayStep(world, false),
    // Listed while they are few; beyond (the matrix makes hundreds), named once chosen.
    offers: async (actor, _world, { pathwayId }) => {
      const options = await listCoalitionFilterOptions(actor, { pathway: pathwayId });
      return options.pathways?.some(({ id }) => id === pathwayId) ?? options.chosenPathway !== null;
    },
  }),
  optionRow({
    list: "lib/audit/list-audit-filter-options.ts#listAuditFilterOptions",
    record: "an organisation to filter by",
    expected: leadsOnly,
    prepare: () => Promise.resolve(undefined),
    offers: async (actor, world) =>
      (await listAuditFilterOptions(actor)).organisations.some(
        ({ id }) => id === world.organisationA.id,
      ),
  }),
  optionRow({
    list: "lib/maturity/rounds/list-round-form-options.ts#listRoundFormOptions",
    record: "an organisation to invite to a round",
    expected: leadsOnly,
    prepare: () => Promise.resolve(undefined),
    offers: async (actor, world) =>
      (await listRoundFormOptions(actor)).organisations.some(
        ({ value }) => value === world.organisationA.id,
      ),
  }),
];

/** Options of the mobilisation forms: a commitment's records, and who took part in an interaction. */
export const mobilisationOptionRows = [
  optionRow({
    list: "lib/commitments/choices.ts#getCommitmentChoices",
    record: "an assessment of organisation B, as the record proving a commitment of A",
    expected: expect5("refused", "left out", "refused", "left out", "left out"),
    prepare: async (world) => {
      const prisma = await getPrisma();
      const framework = await createFramework(prisma, { dimensions: 1, questions: 1 });
      const round = await createRound(prisma, {
        versionId: framework.versionId,
        organisationIds: [world.organisationB.id],
      });
      return round.assessments[0]!.id;
    },
    offers: async (actor, world, assessmentId) =>
      (await getCommitmentChoices(actor, world.organisationA.id)).links.some(
        (option) => option.value === `assessment:${assessmentId}`,
      ),
  }),
  optionRow({
    list: "lib/interactions/form-data.ts#getInteractionFormOptions",
    record: "a member of organisation B, as someone who took part",
    expected: expect5("left out", "left out", "offered", "offered", "offered"),
    prepare: async (world) =>
      (
        await createUser(await getPrisma(), {
          memberships: [{ organisationId: world.organisationB.id, role: "MEMBER" }],
        })
      ).id,
    offers: async (actor, _world, userId) =>
      (await getInteractionFormOptions(actor)).peopleOptions.some(
        (option) => option.value === userId,
      ),
  }),
];

/** What a list offers the actor: the record, not the record, or nothing at all. */
export async function offerOf(attempt: () => Promise<boolean>): Promise<Offer> {
  try {
    return (await attempt()) ? "offered" : "left out";
  } catch (error) {
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) {
      return "refused";
    }
    throw error;
  }
}
