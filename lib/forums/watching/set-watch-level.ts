import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { forumPolicy } from "@/lib/forums/policy";
import type { WatchLevel } from "@/lib/generated/prisma/enums";

import { watchLevelSchema } from "./schemas";

type Target = "category" | "topic";

const notFound = (target: Target) =>
  new AppError(
    "NOT_FOUND",
    target === "category" ? "That category was not found." : "That topic was not found.",
  );

/** Whether the person reads the category or topic: nobody follows what they may not read. */
async function readable(db: DbTransaction, actor: Actor, target: Target, id: string) {
  const count =
    target === "category"
      ? await db.forumCategory.count({
          where: { AND: [{ id }, forumPolicy.readableCategoriesWhere(actor)] },
        })
      : await db.forumTopic.count({
          where: { AND: [{ id }, forumPolicy.readableTopicsWhere(actor)] },
        });
  return count > 0;
}

/** The level the person set on a category or topic; normal when they set none. */
export async function getWatchLevel(actor: Actor, target: Target, id: string): Promise<WatchLevel> {
  const prisma = await getPrisma();
  const watch =
    target === "category"
      ? await prisma.forumCategoryWatch.findUnique({
          where: { userId_categoryId: { userId: actor.userId, categoryId: id } },
          select: { level: true },
        })
      : await prisma.forumTopicWatch.findUnique({
          where: { userId_topicId: { userId: actor.userId, topicId: id } },
          select: { level: true },
        });
  return watch?.level ?? "NORMAL";
}

/** Sets how closely the person follows a category or topic they read. Audited. */
export async function setWatchLevel(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ level: WatchLevel }> {
  const { target, id, level } = watchLevelSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    if (!(await readable(tx, actor, target, id))) throw notFound(target);
    if (target === "category") {
      await tx.forumCategoryWatch.upsert({
        where: { userId_categoryId: { userId: actor.userId, categoryId: id } },
        create: { userId: actor.userId, categoryId: id, level },
        update: { level },
      });
    } else {
      await tx.forumTopicWatch.upsert({
        where: { userId_topicId: { userId: actor.userId, topicId: id } },
        create: { userId: actor.userId, topicId: id, level },
        update: { level },
      });
    }
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.watch_level_set",
      entityType: target === "category" ? "ForumCategory" : "ForumTopic",
      entityId: id,
      after: { level },
    });
  });
  return { level };
}
