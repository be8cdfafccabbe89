import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { deliverOutboxMessages } from "@/lib/mail/deliver";
import { isId } from "@/lib/validation/ids";

import { addPost } from "./add-post";
import { type Db, inTransaction } from "./db";
import { clearDraft } from "./drafts";
import { fieldRefusal } from "./errors";
import { handleOf } from "./handles";
import { peopleByHandle } from "./people";
import { privateMessageSchema } from "./schemas";

// Private messages: a topic of kind PRIVATE for 2 to 10 people, which only they read (programme
// leads included). People are named by handle, so no email address is ever shown.

/**
 * Starts a private message to the people named in "To" (by handle). Each must exist and not be
 * disabled; writing to oneself alone is refused.
 */
export async function sendPrivateMessage(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ topicId: string }> {
  const message = privateMessageSchema.parse(input);
  const { topicId, outbox } = await inTransaction(db, async (tx) => {
    const recipients = (await peopleByHandle(tx, message.to, "to")).filter(
      (person) => person.id !== actor.userId,
    );
    if (recipients.length === 0)
      throw fieldRefusal("to", "Enter at least one other person to write to");
    const topic = await tx.forumTopic.create({
      data: {
        kind: "PRIVATE",
        categoryId: null,
        title: message.title,
        authorId: actor.userId,
        participants: {
          create: [actor.userId, ...recipients.map((person) => person.id)].map((userId) => ({
            userId,
          })),
        },
      },
    });
    const { outboxMessageIds } = await addPost(
      tx,
      actor,
      { topic, body: message.body, kind: "message" },
      context,
    );
    await clearDraft(tx, actor, "message:new");
    return { topicId: topic.id, outbox: outboxMessageIds };
  });
  await deliverOutboxMessages(outbox);
  return { topicId };
}

/**
 * The person a new message is started to from `?to=<userId>` (the peer finder's link): their
 * name and handle, if they exist and are not disabled; otherwise null.
 */
export async function messageRecipient(db: DbTransaction, userId: string | undefined) {
  if (!userId || !isId(userId)) return null;
  const person = await db.user.findFirst({
    where: { id: userId, disabledAt: null },
    select: { id: true, name: true },
  });
  return person ? { id: person.id, name: person.name, handle: handleOf(person.name) } : null;
}
