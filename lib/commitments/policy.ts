import "server-only";

import { type Actor, isOrganisationAdminOf, isProgrammeLead } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

// Who may do what with commitments, in one place: leads read and change all of them; an
// organisation's admins record and change its own; its members read them; nobody else sees them.

const memberOrganisations = (actor: Actor) => actor.memberships.map((m) => m.organisationId);

export const commitmentPolicy = {
  readableWhere(actor: Actor): Prisma.CommitmentWhereInput {
    if (isProgrammeLead(actor)) return {};
    return { organisationId: { in: memberOrganisations(actor) } };
  },
  /** The commitments a person may change, as a where-clause. */
  editableWhere(actor: Actor): Prisma.CommitmentWhereInput {
    if (isProgrammeLead(actor)) return {};
    return {
      organisationId: {
        in: actor.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organisationId),
      },
    };
  },
  canRecordFor: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isOrganisationAdminOf(actor, organisationId),
  /** Whether the person may record commitments for any organisation at all. */
  canRecordAny: (actor: Actor) =>
    isProgrammeLead(actor) || actor.memberships.some((m) => m.role === "ORG_ADMIN"),
  /** The organisations a person may record commitments for, or null for any. */
  recordingOrganisations: (actor: Actor): string[] | null =>
    isProgrammeLead(actor)
      ? null
      : actor.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organisationId),
};
