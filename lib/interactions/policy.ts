import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

// Who may do what with the interactions log, in one place. Leads read, log and change every
// interaction. An organisation's admins may log interactions their organisation took part in, and
// change those, as they hold the relationship on their side too. Members read the interactions
// their organisation took part in. Nobody else sees an interaction, by list or by id.

const memberOrganisations = (actor: Actor) => actor.memberships.map((m) => m.organisationId);
const adminOrganisations = (actor: Actor) =>
  actor.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organisationId);

export const interactionPolicy = {
  readableWhere(actor: Actor): Prisma.InteractionWhereInput {
    if (isProgrammeLead(actor)) return {};
    return { organisations: { some: { organisationId: { in: memberOrganisations(actor) } } } };
  },
  canLog: (actor: Actor) => isProgrammeLead(actor) || adminOrganisations(actor).length > 0,
  /** Whether the person may log or change an interaction with these organisations. */
  canWrite: (actor: Actor, organisationIds: readonly string[]) =>
    isProgrammeLead(actor) || organisationIds.some((id) => adminOrganisations(actor).includes(id)),
  adminOrganisations,
};
