import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { auditPolicy } from "@/lib/audit/policy";
import { userPolicy } from "@/lib/users/policy";

import { actor, adminOf, lead, memberOf, platformAdmin } from "../support/actors";

const orgA = randomUUID();
const orgB = randomUUID();
const someUser = { id: randomUUID(), role: "USER" as const };
const someLead = { id: randomUUID(), role: "PROGRAMME_LEAD" as const };
const someAdmin = { id: randomUUID(), role: "PLATFORM_ADMIN" as const };
const membershipInA = { organisationId: orgA, userId: randomUUID() };

// Rows: who. Columns: browse people and audit, change a user's platform role, disable a user,
// disable a lead, disable an admin, manage a membership in A.
const matrix = [
  ["member of A", memberOf(orgA), [false, false, false, false, false, false]],
  ["org admin of A", adminOf(orgA), [false, false, false, false, false, true]],
  ["org admin of B", adminOf(orgB), [false, false, false, false, false, false]],
  ["signed in, no organisation", actor(), [false, false, false, false, false, false]],
  ["programme lead", lead(), [true, false, true, false, false, true]],
  ["platform admin", platformAdmin(), [true, true, true, true, true, true]],
] as const;

describe("who may do what with people", () => {
  it.each(matrix)("%s", (_who, who, expected) => {
    expect([
      userPolicy.canBrowse(who) && auditPolicy.canBrowse(who),
      userPolicy.canChangePlatformRole(who, someUser),
      userPolicy.canDisable(who, someUser),
      userPolicy.canDisable(who, someLead),
      userPolicy.canDisable(who, someAdmin),
      userPolicy.canManageMembership(who, membershipInA),
    ]).toEqual(expected);
  });

  it("lets nobody change their own platform role, account or membership", () => {
    for (const who of [platformAdmin(), lead(), adminOf(orgA)]) {
      const self = { id: who.userId, role: who.role };
      expect(userPolicy.canChangePlatformRole(who, self)).toBe(false);
      expect(userPolicy.canDisable(who, self)).toBe(false);
      expect(
        userPolicy.canManageMembership(who, { organisationId: orgA, userId: who.userId }),
      ).toBe(false);
    }
  });
});
