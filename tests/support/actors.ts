import { randomUUID } from "node:crypto";

import type { Actor } from "@/lib/auth/actor";

// Actors for authorisation tests, built directly: what lib/ sees once a session is resolved.
export function actor(overrides: Partial<Actor> = {}): Actor {
  return {
    userId: randomUUID(),
    email: `${randomUUID()}@example.org`,
    name: "Test Actor",
    role: "USER",
    memberships: [],
    ...overrides,
  };
}

export const lead = () => actor({ role: "PROGRAMME_LEAD" });
export const platformAdmin = () => actor({ role: "PLATFORM_ADMIN" });
export const memberOf = (organisationId: string) =>
  actor({ memberships: [{ organisationId, role: "MEMBER" }] });
export const adminOf = (organisationId: string) =>
  actor({ memberships: [{ organisationId, role: "ORG_ADMIN" }] });
