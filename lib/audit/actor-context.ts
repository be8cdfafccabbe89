import type { Actor } from "@/lib/auth/actor";

import type { AuditContext } from "./record-audit-event";

/**
 * The audit context of a change the actor makes: the request's context under their name, and the
 * organisation the change is made for when it is one organisation's.
 */
export const actorContext = (
  actor: Actor,
  context: AuditContext,
  actingOrganisationId?: string,
): AuditContext => ({
  actorId: actor.userId,
  actorEmail: actor.email,
  ...(actingOrganisationId === undefined ? {} : { actingOrganisationId }),
  ...context,
});
