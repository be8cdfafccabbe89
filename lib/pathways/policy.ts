import { type Actor, isProgrammeLead } from "@/lib/auth/actor";

// Who may do what with pathways and the data category vocabulary, in one place. Every read and
// write in lib/pathways asks here; pages use it only to decide what to offer.
export const pathwayPolicy = {
  /** Everyone in the coalition reads published pathways. */
  canRead: (_actor: Actor) => true,
  /** Drafts, unpublished changes and the change history: the people who edit pathways. */
  canSeeDrafts: (actor: Actor) => isProgrammeLead(actor),
  /** Programme leads build, publish and archive pathways. */
  canEdit: (actor: Actor) => isProgrammeLead(actor),
  /** Leads extend the data category vocabulary. */
  canManageCategories: (actor: Actor) => isProgrammeLead(actor),
};
