import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { currentActionName } from "./action-names";
import { auditPolicy } from "./policy";

export interface AuditFilterOptions {
  /** Every action in the trail, and every domain of them ("auth."), sorted. */
  actions: string[];
  domains: string[];
  entityTypes: string[];
  organisations: { id: string; name: string }[];
}

/**
 * What the audit trail's filters offer. The distinct actions and entity types are read by
 * walking their indexes one value at a time, so the cost grows with the number of different
 * values, not with the length of the trail.
 */
export async function listAuditFilterOptions(actor: Actor): Promise<AuditFilterOptions> {
  if (!auditPolicy.canBrowse(actor)) {
    throw new AppError(
      "FORBIDDEN",
      "Only programme leads and platform admins can read the audit trail.",
    );
  }
  const prisma = await getPrisma();
  const [actions, entityTypes, organisations] = await Promise.all([
    prisma.$queryRaw<{ value: string }[]>`
      WITH RECURSIVE walk AS (
        (SELECT "action" AS value FROM "AuditEvent" ORDER BY "action" LIMIT 1)
        UNION ALL
        SELECT (SELECT "action" FROM "AuditEvent" WHERE "action" > walk.value
                ORDER BY "action" LIMIT 1)
          FROM walk WHERE walk.value IS NOT NULL
      )
      SELECT value FROM walk WHERE value IS NOT NULL`,
    prisma.$queryRaw<{ value: string }[]>`
      WITH RECURSIVE walk AS (
        (SELECT "entityType" AS value FROM "AuditEvent" WHERE "entityType" IS NOT NULL
          ORDER BY "entityType" LIMIT 1)
        UNION ALL
        SELECT (SELECT "entityType" FROM "AuditEvent" WHERE "entityType" > walk.value
                ORDER BY "entityType" LIMIT 1)
          FROM walk WHERE walk.value IS NOT NULL
      )
      SELECT value FROM walk WHERE value IS NOT NULL`,
    prisma.organisation.findMany({
      select: { id: true, name: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
    }),
  ]);
  const actionNames = [...new Set(actions.map((row) => currentActionName(row.value)))].sort();
  const domains = [
    ...new Set(
      actionNames.flatMap((action) => (action.includes(".") ? [action.split(".")[0]!] : [])),
    ),
  ].map((domain) => `${domain}.`);
  return {
    actions: actionNames,
    domains,
    entityTypes: entityTypes.map((row) => row.value),
    organisations,
  };
}
