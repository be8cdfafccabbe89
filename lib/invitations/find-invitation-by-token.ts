import "server-only";

import { hashToken, isTokenShaped, linkState } from "@/lib/auth/one-time-token";
import { getPrisma } from "@/lib/db/client";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

import type { InvitationLinkState } from "./link-state";

export interface InvitationLink {
  state: InvitationLinkState;
  invitation?: {
    id: string;
    role: MembershipRole;
    organisation: { id: string; name: string };
    user: { id: string; email: string; name: string };
    /** The account has neither a password nor a single sign-on identity: accepting sets one. */
    choosesPassword: boolean;
  };
}

/**
 * What an invitation link leads to, for anyone holding it (the token is the proof). A disabled
 * account or an archived organisation makes the link as good as withdrawn.
 */
export async function findInvitationByToken(token: string): Promise<InvitationLink> {
  if (!isTokenShaped(token)) return { state: "unknown" };
  const prisma = await getPrisma();
  const found = await prisma.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      organisation: { select: { id: true, name: true, archivedAt: true } },
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          disabledAt: true,
          passwordHash: true,
          ssoSubject: true,
        },
      },
    },
  });
  if (!found) return { state: "unknown" };
  const withdrawn = found.user.disabledAt !== null || found.organisation.archivedAt !== null;
  const state = linkState({
    expiresAt: found.expiresAt,
    usedAt: found.acceptedAt,
    revokedAt: found.revokedAt ?? (withdrawn ? new Date() : null),
  });
  if (state !== "usable") return { state };
  return {
    state,
    invitation: {
      id: found.id,
      role: found.role,
      organisation: { id: found.organisation.id, name: found.organisation.name },
      user: { id: found.user.id, email: found.user.email, name: found.user.name },
      choosesPassword: !found.user.passwordHash && !found.user.ssoSubject,
    },
  };
}
