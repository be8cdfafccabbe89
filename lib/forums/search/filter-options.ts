import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";

import { forumPolicy } from "../policy";

/** The choices of forum search's filters: categories the person reads, and organisations. */
export async function forumSearchFilterOptions(db: DbClient, actor: Actor) {
  const [categories, organisations] = await Promise.all([
    db.forumCategory.findMany({
      where: forumPolicy.readableCategoriesWhere(actor),
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.organisation.findMany({
      where: { archivedAt: null, memberships: { some: {} } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { categories, organisations };
}
