import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { userPolicy } from "./policy";

const notFound = () => new AppError("NOT_FOUND", "That membership does not exist.");

/** Refuses at once anyone who could manage no membership at all, before any lookup. */
export function checkMayManageSomeMembership(actor: Actor, membershipId: string): void {
  const adminSomewhere = actor.memberships.some((membership) => membership.role === "ORG_ADMIN");
  if (!isProgrammeLead(actor) && !adminSomewhere) {
    throw new AppError("FORBIDDEN", "You cannot change people's memberships.");
  }
  if (!isId(membershipId)) throw notFound();
}

/**
 * The membership, read in the transaction that changes it, once the actor is known to be allowed
 * to manage it: an admin of another organisation naming it by id is refused.
 */
export async function findManageableMembership(
  tx: DbTransaction,
  actor: Actor,
  membershipId: string,
) {
  const membership = await tx.membership.findUnique({
    where: { id: membershipId },
    select: {
      id: true,
      role: true,
      userId: true,
      organisationId: true,
      user: { select: { email: true } },
    },
  });
  if (!membership) throw notFound();
  if (!userPolicy.canManageMembership(actor, membership)) {
    throw new AppError(
      "FORBIDDEN",
      actor.userId === membership.userId
        ? "You cannot change your own membership. Ask another organisation admin or a programme lead."
        : "You cannot change memberships of this organisation.",
    );
  }
  return membership;
}
