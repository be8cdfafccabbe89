import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { isProgrammeLead } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { forumPolicy } from "@/lib/forums/policy";

// Who among some people may read a topic, decided by forumPolicy itself rather than a copy of its
// rules. What a person reads of the forums' discussions depends only on whether they lead the
// programme, and on their memberships (organisation and role); so people are grouped by that, and
// one query per group asks the policy. Private messages also depend on the person, so there each
// person is their own group (a private message has a handful of participants).

/** What makes a person an actor the forum policy reads for. */
export const actorSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  memberships: { select: { organisationId: true, role: true } },
} as const;

export const toActor = (person: {
  id: string;
  email: string;
  name: string;
  role: Actor["role"];
  memberships: Actor["memberships"];
}): Actor => ({
  userId: person.id,
  email: person.email,
  name: person.name,
  role: person.role,
  memberships: person.memberships,
});

/** The people, as actors, that the forum policy reads for; disabled accounts are left out. */
export async function actorsOf(db: DbTransaction, userIds: readonly string[]): Promise<Actor[]> {
  if (userIds.length === 0) return [];
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, disabledAt: null },
    select: actorSelect,
  });
  return people.map(toActor);
}

/** What decides which discussions a person reads: people with the same key read the same. */
export function visibilityKey(actor: Actor): string {
  if (isProgrammeLead(actor)) return "lead";
  return actor.memberships
    .map((membership) => `${membership.organisationId}:${membership.role}`)
    .sort()
    .join(",");
}

/** Groups people by what they read of the forums' discussions. */
export function groupByVisibility(actors: readonly Actor[]): Actor[][] {
  const groups = new Map<string, Actor[]>();
  for (const actor of actors) {
    const key = visibilityKey(actor);
    const group = groups.get(key);
    if (group) group.push(actor);
    else groups.set(key, [actor]);
  }
  return [...groups.values()];
}

/** The ids of those people who may read the topic. */
export async function readersOfTopic(
  db: DbTransaction,
  topic: { id: string; kind: "DISCUSSION" | "PRIVATE" },
  people: readonly Actor[],
): Promise<Set<string>> {
  const groups =
    topic.kind === "PRIVATE" ? people.map((person) => [person]) : groupByVisibility(people);
  const readers = new Set<string>();
  for (const group of groups) {
    const [someone] = group;
    if (!someone) continue;
    const readable = await db.forumTopic.count({
      where: { AND: [{ id: topic.id }, forumPolicy.readableTopicsWhere(someone)] },
    });
    if (readable > 0) for (const person of group) readers.add(person.userId);
  }
  return readers;
}
