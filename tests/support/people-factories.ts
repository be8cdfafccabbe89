import type { DbClient } from "@/lib/db/types";
import type { Actor } from "@/lib/auth/actor";

import { createOrganisation, createPlace, createUser } from "./factories";

type CreatedUser = Awaited<ReturnType<typeof createUser>>;

/** What lib/ sees once a session for this person is resolved. */
export function asActor(user: CreatedUser): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    memberships: user.memberships,
  };
}

/**
 * Two organisations, A and B, and real accounts for the six people authorisation is tried as:
 * a member of A, an admin of A, an admin of B, a programme lead and a platform admin (the
 * person themself is whichever of them a test acts on).
 */
export async function createPeopleWorld(prisma: DbClient) {
  const place = await createPlace(prisma);
  const organisationA = await createOrganisation(prisma, { placeId: place.id });
  const organisationB = await createOrganisation(prisma, { placeId: place.id });
  const [memberOfA, adminOfA, adminOfB, lead, platformAdmin] = await Promise.all([
    createUser(prisma, { memberships: [{ organisationId: organisationA.id, role: "MEMBER" }] }),
    createUser(prisma, { memberships: [{ organisationId: organisationA.id, role: "ORG_ADMIN" }] }),
    createUser(prisma, { memberships: [{ organisationId: organisationB.id, role: "ORG_ADMIN" }] }),
    createUser(prisma, { role: "PROGRAMME_LEAD" }),
    createUser(prisma, { role: "PLATFORM_ADMIN" }),
  ]);
  const membershipOf = async (userId: string, organisationId: string) =>
    prisma.membership.findUniqueOrThrow({
      where: { userId_organisationId: { userId, organisationId } },
    });
  return {
    organisationA,
    organisationB,
    users: { memberOfA, adminOfA, adminOfB, lead, platformAdmin },
    actors: {
      memberOfA: asActor(memberOfA),
      adminOfA: asActor(adminOfA),
      adminOfB: asActor(adminOfB),
      lead: asActor(lead),
      platformAdmin: asActor(platformAdmin),
    },
    /** Memberships by who and where. */
    memberships: {
      memberOfA: await membershipOf(memberOfA.id, organisationA.id),
      adminOfA: await membershipOf(adminOfA.id, organisationA.id),
      adminOfB: await membershipOf(adminOfB.id, organisationB.id),
    },
  };
}

export type PeopleWorld = Awaited<ReturnType<typeof createPeopleWorld>>;

/** Every audit record about one record, oldest first. */
export async function auditOf(prisma: DbClient, entityType: string, entityId: string) {
  return prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: { occurredAt: "asc" },
  });
}
