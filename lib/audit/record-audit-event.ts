import type { DbTransaction } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who did something, for whom, and in which request: carried from the route into lib/. */
export interface AuditContext {
  actorId?: string;
  actorEmail?: string;
  actingOrganisationId?: string;
  requestId?: string;
  ipAddress?: string;
}

export interface AuditEntry {
  action: string;
  entityType?: string;
  entityId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
}

/** The row's columns, leaving out what the context does not know (an undefined is no value). */
function auditRow(context: AuditContext, entry: AuditEntry): AuditContext & AuditEntry {
  const row: AuditContext & AuditEntry = { ...context, ...entry };
  for (const key of Object.keys(row) as (keyof AuditContext)[]) {
    if (row[key] === undefined) delete row[key];
  }
  return row;
}

/**
 * Appends one row to the audit trail. Pass the transaction that makes the change, so that the
 * change and its record stand or fall together.
 */
export async function recordAuditEvent(
  db: DbTransaction,
  context: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  await db.auditEvent.create({ data: auditRow(context, entry) });
}

/** Appends several rows at once, for a change to many records; pass the change's transaction. */
export async function recordAuditEvents(
  db: DbTransaction,
  context: AuditContext,
  entries: (AuditEntry & Pick<AuditContext, "actingOrganisationId">)[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.auditEvent.createMany({ data: entries.map((entry) => auditRow(context, entry)) });
}
