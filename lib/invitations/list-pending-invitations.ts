import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import { cannotInvite } from "./errors";
import { invitationPolicy } from "./policy";

const pendingFields = {
  id: true,
  role: true,
  createdAt: true,
  expiresAt: true,
  invitedById: true,
  user: { select: { id: true, name: true, email: true } },
  invitedBy: { select: { name: true } },
} as const;

/**
 * An organisation's invitations that are neither accepted nor revoked (expired ones too, so they
 * can be sent again), newest first: for those who may invite to it.
 */
export async function listPendingInvitations(actor: Actor, organisationId: string) {
  if (!isId(organisationId)) return [];
  if (!invitationPolicy.canManageInvitations(actor, organisationId)) throw cannotInvite();
  const prisma = await getPrisma();
  const invitations = await prisma.invitation.findMany({
    where: { organisationId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: pendingFields,
  });
  const now = Date.now();
  return invitations.map((invitation) => ({
    ...invitation,
    expired: invitation.expiresAt.getTime() <= now,
  }));
}

export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];

/**
 * One pending invitation, to revoke it: found by its id AND its organisation's, for those who
 * may manage that organisation's invitations; null otherwise, so the page answers 404.
 */
export async function getPendingInvitation(
  actor: Actor,
  organisationId: string,
  invitationId: string,
) {
  if (!isId(organisationId) || !isId(invitationId)) return null;
  if (!invitationPolicy.canManageInvitations(actor, organisationId)) throw cannotInvite();
  const prisma = await getPrisma();
  return prisma.invitation.findFirst({
    where: { id: invitationId, organisationId, acceptedAt: null, revokedAt: null },
    select: { ...pendingFields, organisation: { select: { id: true, name: true } } },
  });
}
