import "server-only";

import { type Actor, isMemberOf, isProgrammeLead } from "@/lib/auth/actor";

// Who may do what with an organisation's engagement. Everyone signed in sees the levels (the
// directory shows them); the history, with its reasons, is for leads and the organisation's own
// members; only programme leads change it.
export const engagementPolicy = {
  canEdit: (actor: Actor) => isProgrammeLead(actor),
  canReadHistory: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isMemberOf(actor, organisationId),
};
