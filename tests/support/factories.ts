import type { DbClient } from "@/lib/db/types";
import { randomInt, randomUUID } from "node:crypto";

import { hashPassword } from "@/lib/auth/password";
import type { MembershipRole, OrganisationType, UserRole } from "@/lib/generated/prisma/enums";

// Factories make unique records, so tests never depend on each other's data.
const unique = () => randomUUID().slice(0, 8);

// A valid-looking ODS code: T and five letters and digits. Each test file has a database of its
// own, so codes counted on from a random start never clash within it, however many a file makes
// (random codes would: thousands of draws from 60 million clash once in a few dozen runs).
const ODS_CODES = 36 ** 5;
let odsCodeCount = randomInt(ODS_CODES);
const nextOdsCode = () =>
  `T${(odsCodeCount++ % ODS_CODES).toString(36).padStart(5, "0").toUpperCase()}`;

export function createPlace(prisma: DbClient, overrides: { name?: string } = {}) {
  return prisma.place.create({ data: { name: overrides.name ?? `Place ${unique()}` } });
}

export async function createOrganisation(
  prisma: DbClient,
  overrides: {
    name?: string;
    type?: OrganisationType;
    placeId?: string;
    odsCode?: string | null;
  } = {},
) {
  const placeId = overrides.placeId ?? (await createPlace(prisma)).id;
  return prisma.organisation.create({
    data: {
      name: overrides.name ?? `Organisation ${unique()}`,
      type: overrides.type ?? "GP_PRACTICE",
      odsCode: overrides.odsCode === undefined ? nextOdsCode() : overrides.odsCode,
      placeId,
    },
  });
}

/**
 * A person who can sign in (when given a password), optionally with memberships. The hash is
 * made with the real Argon2id parameters, so keep passwords to the tests that sign in.
 */
export async function createUser(
  prisma: DbClient,
  overrides: {
    email?: string;
    name?: string;
    role?: UserRole;
    password?: string;
    disabled?: boolean;
    memberships?: { organisationId: string; role: MembershipRole }[];
    /** When the account was made: now unless told (a new account on its first day). */
    createdAt?: Date;
  } = {},
) {
  return prisma.user.create({
    data: {
      ...(overrides.createdAt ? { createdAt: overrides.createdAt } : {}),
      email: overrides.email ?? `person-${unique()}@example.org`,
      name: overrides.name ?? `Person ${unique()}`,
      role: overrides.role ?? "USER",
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
      disabledAt: overrides.disabled ? new Date() : null,
      memberships: { create: overrides.memberships ?? [] },
    },
    include: { memberships: { select: { organisationId: true, role: true } } },
    // Tests compare stored hashes, which the app's client leaves out unless asked.
    omit: { passwordHash: false },
  });
}

/** A time long enough ago that an account made then is no longer new (forum admission). */
export const MONTHS_AGO = new Date(Date.now() - 120 * 24 * 60 * 60 * 1000);
