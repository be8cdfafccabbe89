import "server-only";

import type { DbTransaction } from "@/lib/db/types";

const SUGGESTION_LIMIT = 200;

// Grouped in the database, in name order, the first 200 of each: Prisma's `distinct` would read
// every system in use to drop repeats.

/** Products already recorded anywhere in the coalition, each once. */
export async function listSystemProducts(db: DbTransaction): Promise<string[]> {
  const rows = await db.systemInUse.groupBy({
    by: ["product"],
    orderBy: { product: "asc" },
    take: SUGGESTION_LIMIT,
  });
  return rows.map((row) => row.product);
}

/**
 * Suppliers and products already recorded anywhere in the coalition, offered as suggestions so
 * that peers on the same system spell it the same way.
 */
export async function listSystemSuggestions(db: DbTransaction): Promise<{
  suppliers: string[];
  products: string[];
}> {
  const [suppliers, products] = await Promise.all([
    db.systemInUse.groupBy({
      by: ["supplier"],
      orderBy: { supplier: "asc" },
      take: SUGGESTION_LIMIT,
    }),
    listSystemProducts(db),
  ]);
  return { suppliers: suppliers.map((row) => row.supplier), products };
}
