import "server-only";

import { getPrisma } from "@/lib/db/client";

const SUGGESTION_LIMIT = 200;

/**
 * Suppliers and products already recorded anywhere in the coalition, offered as suggestions so
 * that peers on the same system spell it the same way. Two indexed queries.
 */
export async function listSystemSuggestions(): Promise<{
  suppliers: string[];
  products: string[];
}> {
  const prisma = await getPrisma();
  const [suppliers, products] = await Promise.all([
    prisma.systemInUse.findMany({
      distinct: ["supplier"],
      select: { supplier: true },
      orderBy: { supplier: "asc" },
      take: SUGGESTION_LIMIT,
    }),
    prisma.systemInUse.findMany({
      distinct: ["product"],
      select: { product: true },
      orderBy: { product: "asc" },
      take: SUGGESTION_LIMIT,
    }),
  ]);
  return {
    suppliers: suppliers.map((row) => row.supplier),
    products: products.map((row) => row.product),
  };
}
