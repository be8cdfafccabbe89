import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

import { addDays, startOfDay } from "./follow";
import { commitmentPolicy } from "./policy";
import { COMMITMENTS_PAGE_SIZE, type CommitmentsQuery } from "./schemas";

const open = { notIn: ["DONE", "DROPPED"] } as Prisma.EnumCommitmentStatusFilter;

/** The commitments a list shows this actor for its filters. */
export function commitmentsWhere(
  actor: Actor,
  query: Omit<CommitmentsQuery, "page">,
  now = new Date(),
): Prisma.CommitmentWhereInput {
  const today = startOfDay(now);
  const and: Prisma.CommitmentWhereInput[] = [commitmentPolicy.readableWhere(actor)];
  if (query.organisation) and.push({ organisationId: query.organisation });
  if (query.status) and.push({ status: query.status });
  if (query.dueWithin !== undefined) {
    and.push({ status: open, dueOn: { gte: today, lte: addDays(today, query.dueWithin) } });
  }
  if (query.overdue) and.push({ status: open, dueOn: { lt: today } });
  if (query.place) and.push({ organisation: { placeId: query.place } });
  if (query.type) and.push({ organisation: { type: query.type } });
  return { AND: and };
}

const rowSelect = {
  id: true,
  title: true,
  status: true,
  dueOn: true,
  organisation: { select: { id: true, name: true } },
  owner: { select: { name: true } },
  agreementId: true,
  assessmentId: true,
  pathwayId: true,
  flowId: true,
} as const;

export type CommitmentRow = Prisma.CommitmentGetPayload<{ select: typeof rowSelect }>;

/** A page of commitments, soonest due first, with the organisations the filter may offer. */
export async function listCommitments(actor: Actor, query: CommitmentsQuery) {
  const prisma = await getPrisma();
  const where = commitmentsWhere(actor, query);
  const total = await prisma.commitment.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / COMMITMENTS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const [rows, organisations] = await Promise.all([
    prisma.commitment.findMany({
      where,
      orderBy: [{ dueOn: "asc" }, { title: "asc" }, { id: "asc" }],
      skip: (page - 1) * COMMITMENTS_PAGE_SIZE,
      take: COMMITMENTS_PAGE_SIZE,
      select: rowSelect,
    }),
    prisma.organisation.findMany({
      where: { commitments: { some: commitmentPolicy.readableWhere(actor) } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { rows, total, page, pageCount, pageSize: COMMITMENTS_PAGE_SIZE, organisations };
}

/** An organisation's commitments for its profile, as far as the reader may see them. */
export async function listOrganisationCommitments(actor: Actor, organisationId: string) {
  const prisma = await getPrisma();
  return prisma.commitment.findMany({
    where: { AND: [commitmentPolicy.readableWhere(actor), { organisationId }] },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 20,
    select: rowSelect,
  });
}
