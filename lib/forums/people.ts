import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import { fieldRefusal } from "./errors";
import { handleOf } from "./handles";
import { forumPolicy } from "./policy";

// People named by handle in mentions and private messages, and whether they may read a topic.

export interface NamedPerson {
  id: string;
  name: string;
  actor: Actor;
}

/**
 * The active people with these handles. A handle that names nobody, or more than one person, is
 * refused on `field` with a message that says which.
 */
export async function peopleByHandle(
  db: DbTransaction,
  handles: readonly string[],
  field: string,
): Promise<NamedPerson[]> {
  if (handles.length === 0) return [];
  const words = [...new Set(handles.flatMap((handle) => handle.split(/[.-]/)))].filter(
    (word) => word.length > 0,
  );
  const candidates = await db.user.findMany({
    where: {
      disabledAt: null,
      OR: words.map((word) => ({ name: { contains: word, mode: "insensitive" as const } })),
    },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberships: { select: { organisationId: true, role: true } },
    },
    take: 500,
  });
  return handles.map((handle) => {
    const matches = candidates.filter((person) => handleOf(person.name) === handle);
    if (matches.length === 0) throw fieldRefusal(field, `There is no one called @${handle}`);
    if (matches.length > 1)
      throw fieldRefusal(
        field,
        `@${handle} is the handle of more than one person: send them a private message from their profile instead`,
      );
    const [person] = matches as [(typeof matches)[number]];
    return {
      id: person.id,
      name: person.name,
      actor: {
        userId: person.id,
        email: person.email,
        name: person.name,
        role: person.role,
        memberships: person.memberships,
      },
    };
  });
}

/** Whether a person reads a topic: a participant of a private message, or a reader of the category. */
export async function canReadTopic(
  db: DbTransaction,
  person: Actor,
  topicId: string,
): Promise<boolean> {
  const count = await db.forumTopic.count({
    where: { AND: [{ id: topicId }, forumPolicy.readableTopicsWhere(person)] },
  });
  return count > 0;
}
