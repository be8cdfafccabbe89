import type { DbClient } from "@/lib/db/types";

import { createAgreement } from "@/lib/agreements/create-agreement";
import { addParty } from "@/lib/agreements/parties";
import { setDataCategories } from "@/lib/agreements/covered-content";
import { updateAgreementDetails } from "@/lib/agreements/update-agreement";
import { detailsFormValues } from "@/lib/agreements/details-data";

import { createDataCategory } from "./data-need-factories";
import { createOrganisation, createPlace, createUser } from "./factories";
import { asActor } from "./people-factories";
import { randomUUID } from "node:crypto";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

export const SIGNING_PASSWORD = "agreement signing password 1";

/**
 * Two organisations, each with an information governance lead who can sign (with a password),
 * a member of the first, an outsider of a third organisation, and a programme lead.
 */
export async function createAgreementWorld(prisma: DbClient) {
  const place = await createPlace(prisma);
  const [a, b, c] = await Promise.all([
    createOrganisation(prisma, { placeId: place.id, type: "ACUTE_TRUST" }),
    createOrganisation(prisma, { placeId: place.id, type: "CARE_HOME" }),
    createOrganisation(prisma, { placeId: place.id }),
  ]);
  const [igA, igB, memberA, outsider, lead] = await Promise.all([
    createUser(prisma, {
      password: SIGNING_PASSWORD,
      memberships: [{ organisationId: a.id, role: "IG_LEAD" }],
    }),
    createUser(prisma, {
      password: SIGNING_PASSWORD,
      memberships: [{ organisationId: b.id, role: "IG_LEAD" }],
    }),
    createUser(prisma, { memberships: [{ organisationId: a.id, role: "MEMBER" }] }),
    createUser(prisma, { memberships: [{ organisationId: c.id, role: "IG_LEAD" }] }),
    createUser(prisma, { role: "PROGRAMME_LEAD" }),
  ]);
  const category = await createDataCategory(prisma);
  return {
    organisations: { a, b, c },
    people: {
      igA: asActor(igA),
      igB: asActor(igB),
      memberA: asActor(memberA),
      outsider: asActor(outsider),
      lead: asActor(lead),
    },
    category,
  };
}
export type AgreementWorld = Awaited<ReturnType<typeof createAgreementWorld>>;

/** A draft of A and B, with everything signing needs: ready to send for signature. */
export async function createReadyAgreement(prisma: DbClient, world: AgreementWorld) {
  const { igA, igB } = world.people;
  const { id } = await createAgreement(prisma, igA, {
    start: "blank",
    title: "Discharge to assess",
    type: "DATA_SHARING_AGREEMENT",
    organisationId: world.organisations.a.id,
  });
  const lockVersion = async () =>
    (await prisma.agreement.findUniqueOrThrow({ where: { id } })).lockVersion;
  const stored = await prisma.agreement.findUniqueOrThrow({ where: { id } });
  await updateAgreementDetails(
    prisma,
    igA,
    id,
    {
      ...detailsFormValues(stored),
      purposes: "Safe discharge home",
      startDate: "2027-01-01",
      reviewDate: "2028-01-01",
      endDate: "2029-12-31",
    },
    await lockVersion(),
  );
  const partyA = await prisma.agreementParty.findFirstOrThrow({ where: { agreementId: id } });
  await prisma.agreementParty.update({
    where: { id: partyA.id },
    data: { signatoryId: igA.userId },
  });
  await addParty(
    prisma,
    igA,
    id,
    partyInput(world.organisations.b.id, igB.userId),
    await lockVersion(),
  );
  await setDataCategories(
    prisma,
    igA,
    id,
    { dataCategoryIds: [world.category.id] },
    await lockVersion(),
  );
  return { id, lockVersion };
}

export const partyInput = (organisationId: string, signatoryId = "") => ({
  organisationId,
  controllerRole: "CONTROLLER",
  direction: "BOTH",
  contactName: "",
  contactEmail: "",
  dpoName: "",
  dpoEmail: "",
  signatoryId,
  article6Basis: "E_PUBLIC_TASK",
  article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
  schedule1Condition: "Part 1, paragraph 2",
  privacyNoticeUpdated: true,
});

const unique = () => randomUUID().slice(0, 8);

/** An agreement between organisations, written directly, in any status. */
export function insertAgreement(
  prisma: DbClient,
  options: {
    parties: { organisationId: string; signatoryId?: string | null; contactEmail?: string }[];
    dataCategoryIds?: string[];
    flowIds?: string[];
    status?: AgreementStatus;
    coversByRule?: boolean;
    published?: boolean;
    reference?: string;
    title?: string;
    reviewDate?: Date | null;
    endDate?: Date | null;
  },
) {
  return prisma.agreement.create({
    data: {
      reference: options.reference ?? `DSA-T-${unique()}`,
      title: options.title ?? `Agreement ${unique()}`,
      type: "DATA_SHARING_AGREEMENT",
      status: options.status ?? "ACTIVE",
      coversByRule: options.coversByRule ?? false,
      published: options.published ?? false,
      purposes: "Direct care of the people the pathway serves.",
      reviewDate: options.reviewDate ?? null,
      endDate: options.endDate ?? null,
      parties: {
        create: options.parties.map((party, position) => ({
          organisationId: party.organisationId,
          signatoryId: party.signatoryId ?? null,
          contactEmail: party.contactEmail ?? "",
          controllerRole: "CONTROLLER",
          direction: "BOTH",
          position,
        })),
      },
      dataCategories: {
        create: (options.dataCategoryIds ?? []).map((dataCategoryId) => ({ dataCategoryId })),
      },
      flows: { create: (options.flowIds ?? []).map((flowId) => ({ flowId })) },
    },
  });
}
