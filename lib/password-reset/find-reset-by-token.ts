import "server-only";

import { hashToken, isTokenShaped, linkState } from "@/lib/auth/one-time-token";
import { getPrisma } from "@/lib/db/client";

import type { ResetLinkState } from "./link-state";

export interface ResetLink {
  state: ResetLinkState;
  reset?: { id: string; user: { id: string; email: string } };
}

/** What a password-reset link leads to. A disabled account's links no longer work. */
export async function findPasswordResetByToken(token: string): Promise<ResetLink> {
  if (!isTokenShaped(token)) return { state: "unknown" };
  const prisma = await getPrisma();
  const found = await prisma.passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, disabledAt: true } },
    },
  });
  if (!found) return { state: "unknown" };
  const state = linkState({
    expiresAt: found.expiresAt,
    usedAt: found.usedAt,
    revokedAt: found.user.disabledAt,
  });
  if (state !== "usable") return { state };
  return { state, reset: { id: found.id, user: { id: found.user.id, email: found.user.email } } };
}
