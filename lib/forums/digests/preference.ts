import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { forumDigestPreferenceSchema } from "@/lib/forums/watching/schemas";

const signedOut = () => new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");

/** How often the person gets the forum digest. */
export async function getForumDigestPreference(actor: Actor) {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: { forumDigest: true },
  });
  if (!user) throw signedOut();
  return user;
}

/** Changes how often the person gets the forum digest, audited with before and after. */
export async function updateForumDigestPreference(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  const { forumDigest } = forumDigestPreferenceSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const current = await tx.user.findUnique({
      where: { id: actor.userId },
      select: { forumDigest: true },
    });
    if (!current) throw signedOut();
    if (current.forumDigest === forumDigest) return;
    await tx.user.update({ where: { id: actor.userId }, data: { forumDigest } });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "user.forum_digest_changed",
      entityType: "User",
      entityId: actor.userId,
      before: current,
      after: { forumDigest },
    });
  });
}
