import "server-only";

import { type Actor, isOrganisationAdminOf, isProgrammeLead } from "@/lib/auth/actor";

// The charter: everyone signed in reads it, with its versions and who endorsed them; programme
// leads publish new versions; an organisation's admins endorse it for their own organisation only.
export const charterPolicy = {
  canPublish: (actor: Actor) => isProgrammeLead(actor),
  canEndorseFor: (actor: Actor, organisationId: string) =>
    isOrganisationAdminOf(actor, organisationId),
  endorsingOrganisations: (actor: Actor) =>
    actor.memberships.filter((m) => m.role === "ORG_ADMIN").map((m) => m.organisationId),
};
