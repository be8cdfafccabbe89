import "server-only";

import { stringify } from "csv-stringify/sync";

import type { Actor } from "@/lib/auth/actor";
import { escapeFormula } from "@/lib/csv/escape-formula";
import { boundedChoices, FILTER_CHOICES_MAX } from "@/lib/filters/choices";
import type { Prisma } from "@/lib/generated/prisma/client";

import type { Db } from "./db";
import { agreementStatusLabels, agreementTypeLabels } from "./labels";
import { agreementPolicy } from "./policy";
import { AGREEMENTS_PAGE_SIZE, type AgreementRegisterQuery } from "./schemas";

// The register: every agreement the person may read, searched, filtered, sorted and paged.

type Filters = Omit<AgreementRegisterQuery, "sort" | "order" | "page">;

const DAY = 24 * 60 * 60 * 1000;

/** The register's where-clause: what the person may read, narrowed by the filters. */
export function registerWhere(
  actor: Actor,
  query: Filters,
  today = new Date(),
): Prisma.AgreementWhereInput {
  const and: Prisma.AgreementWhereInput[] = [agreementPolicy.readableWhere(actor)];
  if (query.q) {
    const contains = { contains: query.q, mode: "insensitive" as const };
    and.push({
      OR: [
        { reference: contains },
        { title: contains },
        { parties: { some: { organisation: { name: contains } } } },
      ],
    });
  }
  if (query.status) and.push({ status: query.status });
  if (query.type) and.push({ type: query.type });
  if (query.party) and.push({ parties: { some: { organisationId: query.party } } });
  if (query.special) and.push({ specialCategoryData: query.special === "yes" });
  if (query.reviewWithin !== undefined) {
    const start = new Date(
      Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()),
    );
    and.push({
      reviewDate: { not: null, lte: new Date(start.getTime() + query.reviewWithin * DAY) },
      status: { in: ["ACTIVE", "REVIEW_DUE", "AWAITING_SIGNATURES"] },
    });
  }
  return { AND: and };
}

function orderOf(query: AgreementRegisterQuery): Prisma.AgreementOrderByWithRelationInput[] {
  const order = query.order;
  const by: Record<AgreementRegisterQuery["sort"], Prisma.AgreementOrderByWithRelationInput> = {
    updated: { updatedAt: order },
    reference: { reference: order },
    title: { title: order },
    status: { status: order },
    review: { reviewDate: { sort: order, nulls: "last" } },
  };
  return [by[query.sort], { id: "asc" }];
}

const rowSelect = {
  id: true,
  reference: true,
  title: true,
  type: true,
  status: true,
  versionNumber: true,
  specialCategoryData: true,
  startDate: true,
  reviewDate: true,
  endDate: true,
  updatedAt: true,
  parties: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { organisation: { select: { id: true, name: true } } },
  },
} satisfies Prisma.AgreementSelect;

/**
 * One page of the register, with the total and the organisations to filter by (null when there are
 * more than FILTER_CHOICES_MAX: people then find a party by its name in the register's search).
 */
export async function listAgreements(db: Db, actor: Actor, query: AgreementRegisterQuery) {
  const where = registerWhere(actor, query);
  const [total, rows, parties] = await Promise.all([
    db.agreement.count({ where }),
    db.agreement.findMany({
      where,
      orderBy: orderOf(query),
      skip: (query.page - 1) * AGREEMENTS_PAGE_SIZE,
      take: AGREEMENTS_PAGE_SIZE,
      select: rowSelect,
    }),
    db.organisation.findMany({
      where: { agreementParties: { some: { agreement: agreementPolicy.readableWhere(actor) } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
      take: FILTER_CHOICES_MAX + 1,
    }),
  ]);
  const partyOptions = boundedChoices(parties);
  // Not listed, a party chosen through a link is still named on the page.
  const chosenParty =
    partyOptions === null && query.party
      ? ((
          await db.organisation.findUnique({
            where: { id: query.party },
            select: { name: true },
          })
        )?.name ?? null)
      : null;
  return { total, rows, partyOptions, chosenParty, pageSize: AGREEMENTS_PAGE_SIZE };
}
export type RegisterRow = Awaited<ReturnType<typeof listAgreements>>["rows"][number];

const MAX_EXPORT_ROWS = 100_000;
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** The register with its filters as CSV; cells a spreadsheet would run as formulas are escaped. */
export async function exportAgreementsCsv(
  db: Db,
  actor: Actor,
  query: AgreementRegisterQuery,
): Promise<string> {
  const rows = await db.agreement.findMany({
    where: registerWhere(actor, query),
    orderBy: orderOf(query),
    take: MAX_EXPORT_ROWS,
    select: rowSelect,
  });
  const headings = [
    "Reference",
    "Title",
    "Type",
    "Status",
    "Version",
    "Parties",
    "Special category data",
    "Start date",
    "Review date",
    "End date",
  ];
  const lines = rows.map((row) => [
    row.reference,
    row.title,
    agreementTypeLabels[row.type],
    agreementStatusLabels[row.status],
    String(row.versionNumber),
    row.parties.map((party) => party.organisation.name).join("; "),
    row.specialCategoryData ? "Yes" : "No",
    day(row.startDate),
    day(row.reviewDate),
    day(row.endDate),
  ]);
  return stringify(
    [headings, ...lines].map((line) => line.map(escapeFormula)),
    { bom: true, record_delimiter: "\r\n" },
  );
}

export const agreementsExportFileName = (now = new Date()) =>
  `agreements-${now.toISOString().slice(0, 10)}.csv`;
