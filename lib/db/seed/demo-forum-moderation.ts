import type { DbTransaction } from "@/lib/db/types";
import type { FlagReason } from "@/lib/generated/prisma/enums";

// The demo's moderation, watching and digests, laid over the forum's demo conversations: a few
// flagged posts in the review queue (one hidden by three flags), the nurse's first post waiting
// for approval, a moderator for the first category and some watch levels. With no forum posts
// yet, it does nothing.

const emails = {
  nurse: "nurse@larchwood.example",
  manager: "manager@larchwood.example",
  practiceManager: "practice.manager@moorside.example",
  igTrust: "ig@elmshire-royal.example",
  igCareHome: "ig@larchwood.example",
  dpo: "dpo@moorside.example",
};
type Person = keyof typeof emails;

/** Flags per post, by who, why and with what note. Only the last post gets three: hidden. */
const flagPlan: { by: Person; reason: FlagReason; note: string | null }[][] = [
  [
    {
      by: "igTrust",
      reason: "CONFIDENTIAL_INFORMATION",
      note: "This names a resident and their date of birth. Please remove them.",
    },
  ],
  [
    { by: "manager", reason: "OFF_TOPIC", note: "This belongs in the procurement category." },
    { by: "dpo", reason: "OFF_TOPIC", note: null },
  ],
  [
    { by: "practiceManager", reason: "SPAM", note: "An advert for a training company." },
    { by: "igCareHome", reason: "SPAM", note: null },
    { by: "manager", reason: "SPAM", note: null },
  ],
];

export async function seedDemoForumModeration(tx: DbTransaction): Promise<void> {
  const people = await tx.user.findMany({
    where: { email: { in: Object.values(emails) } },
    select: { id: true, email: true },
  });
  const idOf = (person: Person) => people.find((p) => p.email === emails[person])?.id;
  const flaggers = new Set(flagPlan.flat().map((flag) => idOf(flag.by)));
  const nurse = idOf("nurse");

  // Replies by someone who flags none of them, and not by the nurse, who flags one in the demo.
  const replies = await tx.forumPost.findMany({
    where: { status: "PUBLISHED", number: { gt: 1 }, topic: { kind: "DISCUSSION" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 40,
    select: { id: true, authorId: true, topicId: true, topic: { select: { categoryId: true } } },
  });
  const flaggable = replies.filter(
    (post) => post.authorId && post.authorId !== nurse && !flaggers.has(post.authorId),
  );
  if (flaggable.length < flagPlan.length || !nurse) return;

  for (const [index, flags] of flagPlan.entries()) {
    const post = flaggable[index * 3];
    if (!post) continue;
    await tx.forumFlag.createMany({
      data: flags.flatMap((flag) => {
        const userId = idOf(flag.by);
        return userId ? [{ postId: post.id, userId, reason: flag.reason, note: flag.note }] : [];
      }),
    });
    if (flags.length >= 3) {
      await tx.forumPost.update({ where: { id: post.id }, data: { status: "HIDDEN" } });
      await tx.forumTopic.update({
        where: { id: post.topicId },
        data: { postCount: { decrement: 1 } },
      });
    }
  }

  // The nurse's first reply, waiting for approval.
  const [waitingIn] = flaggable;
  if (waitingIn) {
    const last = await tx.forumPost.findFirst({
      where: { topicId: waitingIn.topicId },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    await tx.forumPost.create({
      data: {
        topicId: waitingIn.topicId,
        number: (last?.number ?? 0) + 1,
        authorId: nurse,
        body: "We had the same problem at Larchwood last winter. What worked for us was asking the practice to send discharge summaries to the home's shared inbox rather than to the manager's own address.",
        status: "AWAITING_REVIEW",
      },
    });
  }

  // A moderator for the first category, and some watch levels.
  const [firstCategory, secondCategory] = await tx.forumCategory.findMany({
    where: { archivedAt: null },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true },
    take: 2,
  });
  const practiceManager = idOf("practiceManager");
  if (firstCategory && practiceManager) {
    await tx.forumModerator.create({
      data: { userId: practiceManager, categoryId: firstCategory.id },
    });
  }
  if (firstCategory) {
    await tx.forumCategoryWatch.createMany({
      data: [{ userId: nurse, categoryId: firstCategory.id, level: "WATCHING" }],
      skipDuplicates: true,
    });
  }
  const dpo = idOf("dpo");
  const manager = idOf("manager");
  if (secondCategory && dpo) {
    await tx.forumCategoryWatch.createMany({
      data: [{ userId: dpo, categoryId: secondCategory.id, level: "MUTED" }],
      skipDuplicates: true,
    });
  }
  if (manager) {
    await tx.forumTopicWatch.createMany({
      data: [...new Set(flaggable.slice(0, 3).map((post) => post.topicId))].map((topicId) => ({
        userId: manager,
        topicId,
        level: "TRACKING" as const,
      })),
      skipDuplicates: true,
    });
  }
}
