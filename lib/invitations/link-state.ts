import type { LinkState } from "@/lib/auth/one-time-token";

/** Where an invitation link stands, as the person who follows it is told. */
export type InvitationLinkState = LinkState | "unknown";

export const invitationLinkMessages: Record<Exclude<InvitationLinkState, "usable">, string> = {
  used: "This invitation has already been accepted. Sign in to continue.",
  expired:
    "This invitation has expired. Invitations last 7 days: ask whoever invited you to send a new one.",
  revoked:
    "This invitation was withdrawn, or replaced by a newer one. Use the link in the most recent invitation email.",
  unknown:
    "This link is not valid. Check that you copied the whole link from the invitation email.",
};
