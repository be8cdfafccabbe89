import { type Actor, isMemberOf, isOrganisationAdminOf, isProgrammeLead } from "@/lib/auth/actor";

// Who may do what with digital maturity, in one place. Every read and write in lib/maturity asks
// here; pages use it only to decide what to offer.
export const maturityPolicy = {
  /** Frameworks are the coalition's shared yardstick: everyone signed in reads them. */
  canReadFrameworks: (_actor: Actor) => true,
  /** Leads write frameworks and open, change, return and validate rounds and assessments. */
  canManage: (actor: Actor) => isProgrammeLead(actor),
  /** An organisation's assessments and named results: its own people, and leads. */
  canReadAssessment: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isMemberOf(actor, organisationId),
  /**
   * Organisation admins answer any section; members answer the sections given to them. Leads
   * review answers but do not give them for an organisation.
   */
  canAnswer: (actor: Actor, organisationId: string, assigneeId: string | null) =>
    isOrganisationAdminOf(actor, organisationId) ||
    (isMemberOf(actor, organisationId) && assigneeId === actor.userId),
  /** Submitting, giving sections to colleagues and sharing results are the admin's to decide. */
  canSubmit: (actor: Actor, organisationId: string) => isOrganisationAdminOf(actor, organisationId),
  canAssign: (actor: Actor, organisationId: string) => isOrganisationAdminOf(actor, organisationId),
  canChangeSharing: (actor: Actor, organisationId: string) =>
    isOrganisationAdminOf(actor, organisationId),
  /**
   * Named results of an organisation: its own people, leads, and everyone when it has chosen to
   * share them. Everything else reaches other organisations only inside anonymised distributions.
   */
  canSeeNamedResults: (actor: Actor, organisation: { id: string; shareMaturityResults: boolean }) =>
    isProgrammeLead(actor) ||
    isMemberOf(actor, organisation.id) ||
    organisation.shareMaturityResults,
  /** The coalition heatmap, its export and the board report name every organisation: leads. */
  canSeeCoalition: (actor: Actor) => isProgrammeLead(actor),
};
