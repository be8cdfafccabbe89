import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import { findEditablePost, findReadableCategory, findReadableTopic } from "./access";
import { type Db, inTransaction } from "./db";
import { draftSchema } from "./schemas";

// Drafts: the editor saves what is being written as it is typed, so it comes back after a reload.
// A draft is the writer's own; it names what it is of ("topic:<category>", "reply:<topic>",
// "edit:<post>", "message:new"), and only something the writer may read (or, for an edit, change)
// can be drafted.

async function checkDraftable(db: DbTransaction, actor: Actor, key: string): Promise<void> {
  const [kind, id = ""] = key.split(":");
  if (kind === "topic") await findReadableCategory(db, actor, id);
  if (kind === "reply") await findReadableTopic(db, actor, id);
  if (kind === "edit") await findEditablePost(db, actor, id);
}

/** The draft of an edit to a post. */
export const editDraftKey = (postId: string) => `edit:${postId}`;

/** Saves (or, for an empty body, clears) the person's draft. Not audited: it is not yet said. */
export async function saveDraft(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ savedAt: string | null }> {
  const draft = draftSchema.parse(input);
  return inTransaction(db, async (tx) => {
    await checkDraftable(tx, actor, draft.key);
    if (!draft.body.trim() && !draft.title?.trim()) {
      await clearDraft(tx, actor, draft.key);
      return { savedAt: null };
    }
    const saved = await tx.forumDraft.upsert({
      where: { userId_key: { userId: actor.userId, key: draft.key } },
      create: { userId: actor.userId, key: draft.key, title: draft.title, body: draft.body },
      update: { title: draft.title, body: draft.body },
    });
    return { savedAt: saved.updatedAt.toISOString() };
  });
}

/** The person's draft of this, if any. */
export async function getDraft(db: DbTransaction, actor: Actor, key: string) {
  return db.forumDraft.findUnique({
    where: { userId_key: { userId: actor.userId, key } },
    select: { title: true, body: true, updatedAt: true },
  });
}

/** Forgets a draft once what it was of has been posted. */
export async function clearDraft(db: DbTransaction, actor: Actor, key: string): Promise<void> {
  await db.forumDraft.deleteMany({ where: { userId: actor.userId, key } });
}
