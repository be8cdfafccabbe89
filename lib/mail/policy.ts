import { type Actor, isPlatformAdmin } from "@/lib/auth/actor";

// Who may read the platform's email. Messages carry invitation and password-reset links, so
// only platform admins read them.
export const mailPolicy = {
  canReadOutbox: (actor: Actor) => isPlatformAdmin(actor),
};
