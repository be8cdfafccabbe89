import type { LinkState } from "@/lib/auth/one-time-token";

/** Where a password-reset link stands, as the person who follows it is told. */
export type ResetLinkState = LinkState | "unknown";

export const resetLinkMessages: Record<Exclude<ResetLinkState, "usable">, string> = {
  used: "This link has already been used. If you still need a new password, ask for another link.",
  expired: "This link has expired: links last 1 hour. Ask for another link.",
  revoked: "This link no longer works. Ask for another link.",
  unknown:
    "This link is not valid. Check that you copied the whole link from the email, or ask for another link.",
};
