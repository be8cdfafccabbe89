import { type Actor, isProgrammeLead } from "@/lib/auth/actor";

// Who sees what on the programme dashboard. Everyone signed in sees the coalition's figures:
// counts and anonymised distributions name no organisation. Programme leads (and platform admins)
// also see named lists (overdue commitments of every organisation), the coverage figure and every
// list behind a figure; everyone else sees named data of their own organisations only, and links
// only to the lists they may open. The board report and its spreadsheet are for leads.

export const dashboardPolicy = {
  canRead: (_actor: Actor) => true,
  /** Named data of every organisation, and the lead-only lists behind the figures. */
  canSeeEverything: (actor: Actor) => isProgrammeLead(actor),
  canReadReport: (actor: Actor) => isProgrammeLead(actor),
  /** Organisations whose named data the person sees; null for every organisation. */
  namedOrganisations: (actor: Actor): string[] | null =>
    isProgrammeLead(actor) ? null : actor.memberships.map((m) => m.organisationId),
};
