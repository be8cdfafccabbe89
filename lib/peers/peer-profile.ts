import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";
import { type PeerProfileInput, peerProfileSchema } from "@/lib/lessons/schemas";

/** The person's own choice about the peer finder, as their account form starts. */
export async function getPeerProfile(db: DbClient, actor: Actor): Promise<PeerProfileInput> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { peerFindable: true, canHelpWith: true },
  });
  return { peerFindable: user.peerFindable, canHelpWith: user.canHelpWith ?? "" };
}

/**
 * Sets whether the person can be found in the peer finder and what they can help with. Only
 * their own account; audited with what it was before.
 */
export async function updatePeerProfile(
  db: DbClient,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  const profile = peerProfileSchema.parse(input);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { peerFindable: true, canHelpWith: true },
    });
    await tx.user.update({ where: { id: actor.userId }, data: profile });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "peer_profile.updated",
      entityType: "User",
      entityId: actor.userId,
      before,
      after: profile,
    });
  });
}
