import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import type { AuditContext } from "@/lib/audit/record-audit-event";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { forumPolicy } from "@/lib/forums/policy";

import { grantModeratorSchema, revokeModeratorSchema } from "./schemas";

// Programme leads name moderators, for one category or for every category ("global"). A person
// holds at most one global role: NULLs are distinct in the unique index, so this is kept here, under
// a lock per person, and a person moderating everywhere is not also named for one category.

function requireLead(actor: Actor) {
  if (!forumPolicy.canManageCategories(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads name forum moderators.");
  }
}

/** Moderators and the categories leads may name them for. */
export async function listModerators(actor: Actor) {
  requireLead(actor);
  const prisma = await getPrisma();
  const [moderators, categories] = await Promise.all([
    prisma.forumModerator.findMany({
      orderBy: [{ user: { name: "asc" } }, { createdAt: "asc" }],
      select: {
        id: true,
        createdAt: true,
        user: { select: { id: true, name: true, email: true } },
        category: { select: { id: true, name: true } },
        grantedBy: { select: { name: true } },
      },
    }),
    prisma.forumCategory.findMany({
      where: { archivedAt: null },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { moderators, categories };
}

/** Holds a per-person lock until the transaction ends, so two grants for one person queue up. */
async function lockPerson(tx: DbTransaction, userId: string) {
  await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`forum-moderator:${userId}`}))::text`;
}

const alreadyModerates = () =>
  new AppError("CONFLICT", "That person already moderates there.", {
    email: ["That person already moderates there"],
  });

export async function grantModerator(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ moderatorId: string }> {
  requireLead(actor);
  const { email, categoryId } = grantModeratorSchema.parse(input);
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      const person = await tx.user.findFirst({
        where: { email: { equals: email, mode: "insensitive" }, disabledAt: null },
        select: { id: true },
      });
      if (!person) {
        throw new AppError("VALIDATION", "Check the highlighted fields.", {
          email: ["No one with an active account has that email address"],
        });
      }
      if (categoryId) {
        const category = await tx.forumCategory.findFirst({
          where: { id: categoryId, archivedAt: null },
          select: { id: true },
        });
        if (!category) {
          throw new AppError("VALIDATION", "Check the highlighted fields.", {
            categoryId: ["Choose a category from the list"],
          });
        }
      }
      await lockPerson(tx, person.id);
      const existing = await tx.forumModerator.findFirst({
        where: { userId: person.id, OR: [{ categoryId: null }, { categoryId }] },
        select: { id: true },
      });
      if (existing) throw alreadyModerates();
      const moderator = await tx.forumModerator.create({
        data: { userId: person.id, categoryId, grantedById: actor.userId },
        select: { id: true },
      });
      await recordAuditEvent(tx, actorContext(actor, context), {
        action: "forum.moderator_added",
        entityType: "User",
        entityId: person.id,
        after: { moderatorId: moderator.id, categoryId },
      });
      return { moderatorId: moderator.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyModerates();
    throw error;
  }
}

export async function revokeModerator(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  requireLead(actor);
  const { moderatorId } = revokeModeratorSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const moderator = await tx.forumModerator.findUnique({
      where: { id: moderatorId },
      select: { id: true, userId: true, categoryId: true },
    });
    if (!moderator) throw new AppError("NOT_FOUND", "That moderator was not found.");
    await tx.forumModerator.delete({ where: { id: moderatorId } });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "forum.moderator_removed",
      entityType: "User",
      entityId: moderator.userId,
      before: { moderatorId, categoryId: moderator.categoryId },
    });
  });
}
