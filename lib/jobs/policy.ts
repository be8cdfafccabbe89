import { type Actor, isProgrammeLead } from "@/lib/auth/actor";

// Who may see the scheduled jobs and run one at once: programme leads and platform admins.
export const jobsPolicy = {
  canManage: (actor: Actor) => isProgrammeLead(actor),
};
