import { type Actor, isMemberOf, isOrganisationAdminOf, isProgrammeLead } from "@/lib/auth/actor";

// Who may do what with data needs, in one place. Every read and write in lib/data-needs asks
// here; pages use it only to decide what to offer.
export const dataNeedPolicy = {
  /**
   * An organisation's own needs, and what others need from it: its members, and leads. Other
   * organisations see needs only through the coalition view's counts.
   */
  canReadOrganisation: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isMemberOf(actor, organisationId),
  /** Organisation admins record their own organisation's needs; leads any organisation's. */
  canEdit: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isOrganisationAdminOf(actor, organisationId),
  /** The coalition view (heatmap, drill-down, export) names organisations: leads only. */
  canSeeCoalition: (actor: Actor) => isProgrammeLead(actor),
};
