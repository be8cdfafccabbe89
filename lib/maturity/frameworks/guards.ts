import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { requireIds } from "@/lib/validation/ids";

import { maturityPolicy } from "../policy";
import { cannotManageFrameworks, frameworkNotFound, nameTaken } from "./errors";

// What every change to a framework checks first: ids that could name records, a programme lead
// making it, and a name no other framework has.

/** Throws NOT_FOUND unless each id could name a record. */
export const guardIds = (...ids: string[]): void => requireIds(ids, frameworkNotFound);

/** Throws unless the actor may write frameworks. */
export function requireManager(actor: Actor): void {
  if (!maturityPolicy.canManage(actor)) throw cannotManageFrameworks();
}

/** Throws a field error when another framework has the name already (in any case). */
export async function requireFreeName(
  tx: DbTransaction,
  name: string,
  exceptFrameworkId?: string,
): Promise<void> {
  const clash = await tx.maturityFramework.findFirst({
    where: {
      name: { equals: name, mode: "insensitive" },
      ...(exceptFrameworkId ? { id: { not: exceptFrameworkId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}
