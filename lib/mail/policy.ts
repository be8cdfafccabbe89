import { type Actor, isPlatformAdmin } from "@/lib/auth/actor";

// Who may read the platform's email. Platform admins read every message's text; the one-time
// link a message carries is shown only to the person whose action caused it (an inviter), or,
// for a message nobody signed in caused (a password reset someone asked for), to platform admins,
// who pass it on while no mail server is configured. Everyone reads the messages they caused.
export const mailPolicy = {
  canReadAllOutbox: (actor: Actor) => isPlatformAdmin(actor),
  canSeeLink: (actor: Actor, message: { causedById: string | null }) =>
    message.causedById ? message.causedById === actor.userId : isPlatformAdmin(actor),
};
