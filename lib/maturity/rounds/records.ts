import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/organisations/profile-records";

import { maturityPolicy } from "../policy";

// What the round functions share: their errors, the guard on ids, and whose change the audit names.

export const roundNotFound = () =>
  new AppError("NOT_FOUND", "That assessment round does not exist.");
export const cannotManageRounds = () =>
  new AppError("FORBIDDEN", "Only programme leads open and change assessment rounds.");
export const staleRound = () =>
  new AppError(
    "CONFLICT",
    "Someone changed this round since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.",
  );

/** Throws unless the actor may open and change rounds. */
export function requireRoundManager(actor: Actor): void {
  if (!maturityPolicy.canManage(actor)) throw cannotManageRounds();
}

/** Throws NOT_FOUND unless each id could name a record. */
export function guardRoundIds(...ids: string[]): void {
  if (!ids.every(isId)) throw roundNotFound();
}

export const leadContext = (actor: Actor, context: AuditContext): AuditContext => ({
  actorId: actor.userId,
  actorEmail: actor.email,
  ...context,
});

export const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });
