import { type Actor, isProgrammeLead } from "@/lib/auth/actor";

// Who may read the audit trail, in one place. Nobody may change it: the table is append-only and
// a database trigger refuses updates and deletes.
export const auditPolicy = {
  /** Programme leads and platform admins browse and filter the whole trail. */
  canBrowse: (actor: Actor) => isProgrammeLead(actor),
};
