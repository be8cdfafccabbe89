import { type Actor, isOrganisationAdminOf, isProgrammeLead } from "@/lib/auth/actor";

// Who may do what with organisations, in one place. Every read and write in lib/organisations
// asks here; pages use it only to decide what to offer.
export const organisationPolicy = {
  /** Everyone signed in may read the directory and profiles. */
  canRead: (_actor: Actor) => true,
  canCreate: (actor: Actor) => isProgrammeLead(actor),
  /** Importing a CSV file adds and changes many organisations at once: leads only. */
  canImport: (actor: Actor) => isProgrammeLead(actor),
  /** The export is the directory as a file, for whoever may read the directory. */
  canExport: (actor: Actor): boolean => organisationPolicy.canRead(actor),
  canArchive: (actor: Actor) => isProgrammeLead(actor),
  /** Leads edit any organisation; organisation admins edit their own profile and systems. */
  canEdit: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isOrganisationAdminOf(actor, organisationId),
  /** Systems in use and key contacts: whoever may edit the organisation's profile. */
  canManageSystems: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isOrganisationAdminOf(actor, organisationId),
  canManageContacts: (actor: Actor, organisationId: string) =>
    isProgrammeLead(actor) || isOrganisationAdminOf(actor, organisationId),
  /** Places are the coalition's own map: leads add them. */
  canCreatePlace: (actor: Actor) => isProgrammeLead(actor),
  /** Archived organisations are visible to leads only. */
  canSeeArchived: (actor: Actor) => isProgrammeLead(actor),
};
