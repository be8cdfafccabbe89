import "server-only";

import type { DbTransaction } from "@/lib/db/types";

/**
 * The maturity dimensions a lesson may be about, by key, with their names from the newest version
 * of each framework in use (a key shared by two frameworks is offered once). One query.
 */
export async function listDimensionOptions(
  db: DbTransaction,
): Promise<{ key: string; name: string }[]> {
  const rows = await db.frameworkDimension.findMany({
    where: { version: { framework: { archivedAt: null } } },
    orderBy: [{ version: { number: "desc" } }, { position: "asc" }],
    select: {
      key: true,
      name: true,
      version: { select: { framework: { select: { name: true } } } },
    },
  });
  const byKey = new Map<string, string>();
  for (const row of rows) if (!byKey.has(row.key)) byKey.set(row.key, row.name);
  return [...byKey].map(([key, name]) => ({ key, name }));
}

/** A dimension's name by its key, for showing a lesson; the key itself when none is in use. */
export const dimensionName = (options: { key: string; name: string }[], key: string | null) =>
  key === null ? null : (options.find((option) => option.key === key)?.name ?? key);
