import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { currentActionName, storedActionNames } from "./action-names";
import { auditPolicy } from "./policy";
import { AUDIT_PAGE_SIZE, type AuditQuery, isActionPrefix } from "./schemas";

export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  actorEmail: string | null;
  /** The organisation the actor acted for: its name when it still exists, otherwise just its id. */
  actingOrganisation: { id: string; name: string | null } | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  requestId: string | null;
  ipAddress: string | null;
}

export interface AuditPage {
  events: AuditEventRow[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A filter on an action (or every action of a domain), matching rows of either naming style. */
function actionFilter(action: string): Prisma.AuditEventWhereInput {
  const names = storedActionNames(action);
  if (isActionPrefix(action)) {
    return { OR: names.map((name) => ({ action: { startsWith: name } })) };
  }
  return { action: { in: names } };
}

function whereFor(query: AuditQuery): Prisma.AuditEventWhereInput {
  const occurredAt: Prisma.DateTimeFilter = {};
  if (query.from) occurredAt.gte = new Date(`${query.from}T00:00:00.000Z`);
  // "To" is a whole day: everything before the next day's midnight, UTC.
  if (query.to) occurredAt.lt = new Date(Date.parse(`${query.to}T00:00:00.000Z`) + DAY_MS);
  return {
    ...(query.action ? actionFilter(query.action) : {}),
    ...(query.actor ? { actorEmail: query.actor } : {}),
    ...(query.organisation ? { actingOrganisationId: query.organisation } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.from || query.to ? { occurredAt } : {}),
  };
}

/**
 * The audit trail, newest first, filtered and paged: a count, a page query, and one query for the
 * names of the organisations people acted for on that page. Programme leads and platform admins
 * only.
 */
export async function listAuditEvents(
  actor: Actor,
  query: AuditQuery,
  { pageSize = AUDIT_PAGE_SIZE }: { pageSize?: number } = {},
): Promise<AuditPage> {
  if (!auditPolicy.canBrowse(actor)) {
    throw new AppError(
      "FORBIDDEN",
      "Only programme leads and platform admins can read the audit trail.",
    );
  }
  const prisma = await getPrisma();
  const where = whereFor(query);
  const total = await prisma.auditEvent.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    take: pageSize,
  });
  const organisationIds = [
    ...new Set(rows.flatMap((row) => (row.actingOrganisationId ? [row.actingOrganisationId] : []))),
  ];
  const organisations =
    organisationIds.length === 0
      ? []
      : await prisma.organisation.findMany({
          where: { id: { in: organisationIds } },
          select: { id: true, name: true },
        });
  const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return {
    events: rows.map(({ actingOrganisationId, action, ...row }) => ({
      ...row,
      action: currentActionName(action),
      actingOrganisation: actingOrganisationId
        ? { id: actingOrganisationId, name: names.get(actingOrganisationId) ?? null }
        : null,
    })),
    total,
    page,
    pageCount,
    pageSize,
  };
}
