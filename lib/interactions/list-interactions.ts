import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

import { interactionPolicy } from "./policy";
import { INTERACTIONS_PAGE_SIZE, type InteractionsQuery } from "./schemas";

/** The interactions the log shows this actor for its filters. */
export function interactionsWhere(
  actor: Actor,
  query: Omit<InteractionsQuery, "page">,
): Prisma.InteractionWhereInput {
  const and: Prisma.InteractionWhereInput[] = [interactionPolicy.readableWhere(actor)];
  if (query.organisation) {
    and.push({ organisations: { some: { organisationId: query.organisation } } });
  }
  if (query.kind) and.push({ kind: query.kind });
  if (query.sentiment) and.push({ sentiment: query.sentiment });
  if (query.from) and.push({ occurredOn: { gte: new Date(query.from) } });
  if (query.to) and.push({ occurredOn: { lte: new Date(query.to) } });
  return { AND: and };
}

const rowSelect = {
  id: true,
  kind: true,
  occurredOn: true,
  sentiment: true,
  summary: true,
  organisations: {
    orderBy: { organisation: { name: "asc" } },
    select: { organisation: { select: { id: true, name: true } } },
  },
} as const satisfies Prisma.InteractionSelect;

export type InteractionRow = Prisma.InteractionGetPayload<{ select: typeof rowSelect }> & {
  commitmentCount: number;
};

/**
 * How many commitments each interaction led to, counted for the rows shown only: Prisma's own
 * relation count groups every commitment of the coalition to count a page's.
 */
async function withCommitmentCounts(
  prisma: DbClient,
  rows: Prisma.InteractionGetPayload<{ select: typeof rowSelect }>[],
): Promise<InteractionRow[]> {
  if (rows.length === 0) return [];
  const counts = await prisma.commitment.groupBy({
    by: ["interactionId"],
    where: { interactionId: { in: rows.map((row) => row.id) } },
    _count: { _all: true },
  });
  const byInteraction = new Map(counts.map((count) => [count.interactionId, count._count._all]));
  return rows.map((row) => ({ ...row, commitmentCount: byInteraction.get(row.id) ?? 0 }));
}

/** A page of the log, newest first, with the organisations its filter may offer. */
export async function listInteractions(actor: Actor, query: InteractionsQuery) {
  const prisma = await getPrisma();
  const where = interactionsWhere(actor, query);
  const total = await prisma.interaction.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / INTERACTIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const [rows, organisations] = await Promise.all([
    prisma.interaction
      .findMany({
        where,
        orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
        skip: (page - 1) * INTERACTIONS_PAGE_SIZE,
        take: INTERACTIONS_PAGE_SIZE,
        select: rowSelect,
      })
      .then((found) => withCommitmentCounts(prisma, found)),
    prisma.organisation.findMany({
      where: { interactions: { some: { interaction: interactionPolicy.readableWhere(actor) } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { rows, total, page, pageCount, pageSize: INTERACTIONS_PAGE_SIZE, organisations };
}

/** An organisation's most recent interactions, for its profile, as far as the reader may see. */
export async function listOrganisationInteractions(actor: Actor, organisationId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.interaction.findMany({
    where: {
      AND: [
        interactionPolicy.readableWhere(actor),
        { organisations: { some: { organisationId } } },
      ],
    },
    orderBy: [{ occurredOn: "desc" }, { id: "asc" }],
    take: 5,
    select: rowSelect,
  });
  return withCommitmentCounts(prisma, rows);
}
