import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";
import type { MembershipRole, OrganisationType, UserRole } from "@/lib/generated/prisma/enums";
import type { LessonInput } from "@/lib/lessons/schemas";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { createPathwayStep } from "./data-need-factories";
import { createOrganisation, createUser } from "./factories";
import { asActor } from "./people-factories";

// Factories for lessons learned and the peer finder: people with accounts (a lesson's author must
// exist), a published pathway step, and a lesson's form values.

const unique = () => randomUUID().slice(0, 8);

/** A person with an account, and the actor lib/ sees for them. */
export async function createPerson(
  prisma: DbClient,
  options: {
    memberships?: { organisationId: string; role: MembershipRole }[];
    role?: UserRole;
    name?: string;
    peerFindable?: boolean;
    canHelpWith?: string;
  } = {},
): Promise<Actor> {
  const user = await createUser(prisma, {
    memberships: options.memberships,
    role: options.role,
    name: options.name,
  });
  if (options.peerFindable !== undefined || options.canHelpWith !== undefined) {
    await prisma.user.update({
      where: { id: user.id },
      data: {
        peerFindable: options.peerFindable ?? false,
        canHelpWith: options.canHelpWith ?? null,
      },
    });
  }
  return asActor(user);
}

/** An organisation with a system in use. */
export async function createOrganisationRunning(
  prisma: DbClient,
  options: { type: OrganisationType; placeId?: string; supplier: string; product: string },
) {
  const organisation = await createOrganisation(prisma, {
    type: options.type,
    placeId: options.placeId,
  });
  await prisma.systemInUse.create({
    data: {
      organisationId: organisation.id,
      category: "OTHER",
      supplier: options.supplier,
      product: options.product,
    },
  });
  return organisation;
}

/** A published pathway with one step, that everyone signed in reads. */
export async function createPublishedStep(prisma: DbClient) {
  const step = await createPathwayStep(prisma, `Pathway ${unique()}`);
  const publisher = await createPerson(prisma, { role: "PROGRAMME_LEAD" });
  await publishPathway(publisher, step.pathwayId);
  return step;
}

/** A lesson's form values, complete enough to save. */
export const lessonInput = (overrides: Partial<LessonInput> = {}): LessonInput => ({
  title: `Lesson ${unique()}`,
  outcome: "WORKED",
  audience: "Care homes joining the shared care record",
  whatWeTried: "We trained two digital champions before go-live.",
  whatHappened: "Staff used the record from the first week.",
  why: "Champions answered questions on the floor.",
  recommendation: "Name champions early and give them protected time.",
  ...overrides,
});
