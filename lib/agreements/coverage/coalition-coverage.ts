import "server-only";

import { z } from "zod";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { AgreementStatus, OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";
import { readinessKeyFor } from "@/lib/pathways/assess-pathway";

import { assessFlowCoverage, type CoverageFlow, liveAgreementStatuses } from "./coverage";
import { loadCoverageAgreements } from "./load-agreements";

// The coalition's agreements as pairs of organisations: for each two organisations that share
// flows or agreements, the most advanced agreement between them and how many of the flows between
// them are covered. Only organisations with flows or agreements appear, so 2,000 organisations
// give a list of their pairs, filtered by place and type and paged, not a 2,000-square grid.

export const COVERAGE_PAGE_SIZE = 50;
/** The grid is drawn only when the filters leave this many organisations or fewer. */
export const MATRIX_LIMIT = 20;

export const coalitionCoverageQuerySchema = z.object({
  place: z.uuid().optional().catch(undefined),
  type: z
    .enum(organisationTypes as [OrganisationType, ...OrganisationType[]])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type CoalitionCoverageQuery = z.infer<typeof coalitionCoverageQuerySchema>;

export interface CoverageOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
}

export interface CoveragePair {
  a: CoverageOrganisation;
  b: CoverageOrganisation;
  /** The most advanced agreement status between them, or null for none at all. */
  status: AgreementStatus | null;
  /** How many agreements between them are in each status. */
  agreements: Partial<Record<AgreementStatus, number>>;
  flows: { total: number; covered: number; atRisk: number; notCovered: number };
}

export interface CoalitionCoverage {
  pairs: CoveragePair[];
  total: number;
  page: number;
  pageSize: number;
  /** The filtered pairs' organisations, when few enough to draw the grid. */
  matrix: { organisations: CoverageOrganisation[]; cells: Map<string, CoveragePair> } | null;
}

/** The order statuses rank in: live ones nearest to covering first, then the ended ones. */
const statusOrder: AgreementStatus[] = [
  ...liveAgreementStatuses,
  "EXPIRED",
  "TERMINATED",
  "SUPERSEDED",
];

export const pairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

interface PairRow {
  a: string;
  b: string;
  status: AgreementStatus;
  count: number;
}

interface FlowRow {
  id: string;
  fromId: string;
  toId: string;
  fromType: OrganisationType;
  toType: OrganisationType;
  categories: string[];
}

/** Every pair of organisations with flows or agreements between them, as the filters ask. */
export async function listCoveragePairs(
  actor: Actor,
  query: Omit<CoalitionCoverageQuery, "page">,
): Promise<CoveragePair[]> {
  if (!isProgrammeLead(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads see the coalition's coverage.");
  }
  const prisma = await getPrisma();
  // Every pathway's flows and every agreement go into the pairs: they are worked out once per
  // change of their inputs (agreements, organisations and data needs raise the counter; any change
  // to a pathway raises its revision) and per day (review and end dates come closer).
  const [counters, [pathways]] = await Promise.all([
    readEveryChangeCounter(prisma),
    prisma.$queryRaw<{ count: number; revisions: number; changed: Date | null }[]>`
      SELECT count(*)::int AS count, coalesce(sum(revision), 0)::int AS revisions,
             max("updatedAt") AS changed
        FROM "Pathway"`,
  ]);
  const key = [
    counters["pathway-inputs"],
    pathways?.count,
    pathways?.revisions,
    pathways?.changed?.toISOString(),
    readinessKeyFor(actor),
    query.place ?? "",
    query.type ?? "",
  ].join("|");
  return pairsCache.get(key, () => computeCoveragePairs(prisma, actor, query));
}

const pairsCache = sharedCache<CoveragePair[]>("coalition-coverage-pairs", 32);

async function computeCoveragePairs(
  prisma: DbClient,
  actor: Actor,
  query: Omit<CoalitionCoverageQuery, "page">,
): Promise<CoveragePair[]> {
  const [agreementPairs, flows] = await Promise.all([
    prisma.$queryRaw<PairRow[]>`
      SELECT p1."organisationId" AS a, p2."organisationId" AS b, ag.status::text AS status,
             count(DISTINCT ag.id)::int AS count
        FROM "AgreementParty" p1
        JOIN "AgreementParty" p2
          ON p2."agreementId" = p1."agreementId" AND p1."organisationId" < p2."organisationId"
        JOIN "Agreement" ag ON ag.id = p1."agreementId"
       GROUP BY 1, 2, 3`,
    prisma.$queryRaw<FlowRow[]>`
      SELECT f.id, fs."organisationId" AS "fromId", ts."organisationId" AS "toId",
             fo.type::text AS "fromType", too.type::text AS "toType",
             coalesce(array_agg(fc."dataCategoryId"::text) FILTER (WHERE fc."dataCategoryId" IS NOT NULL), '{}') AS categories
        FROM "InformationFlow" f
        JOIN "Pathway" p ON p.id = f."pathwayId"
        JOIN "PathwayStep" fs ON fs.id = f."fromStepId"
        JOIN "PathwayStep" ts ON ts.id = f."toStepId"
        JOIN "Organisation" fo ON fo.id = fs."organisationId"
        JOIN "Organisation" too ON too.id = ts."organisationId"
        LEFT JOIN "FlowDataCategory" fc ON fc."flowId" = f.id
       WHERE p.status <> 'ARCHIVED' AND fs."organisationId" <> ts."organisationId"
       GROUP BY 1, 2, 3, 4, 5`,
  ]);

  const organisationIds = new Set<string>();
  for (const row of agreementPairs) organisationIds.add(row.a).add(row.b);
  for (const flow of flows) organisationIds.add(flow.fromId).add(flow.toId);
  const organisations = new Map(
    (
      await prisma.organisation.findMany({
        where: { id: { in: [...organisationIds] }, archivedAt: null },
        select: { id: true, name: true, type: true, placeId: true },
      })
    ).map((organisation) => [organisation.id, organisation]),
  );
  const matches = (id: string) => {
    const organisation = organisations.get(id);
    if (!organisation) return false;
    return (
      (!query.place || organisation.placeId === query.place) &&
      (!query.type || organisation.type === query.type)
    );
  };
  const wanted = (a: string, b: string) =>
    organisations.has(a) && organisations.has(b) && (matches(a) || matches(b));

  const pairs = new Map<string, CoveragePair>();
  const pairOf = (a: string, b: string) => {
    const key = pairKey(a, b);
    let pair = pairs.get(key);
    if (!pair) {
      const [first, second] = (a < b ? [a, b] : [b, a]).map((id) => {
        const { placeId: _placeId, ...organisation } = organisations.get(id) as {
          id: string;
          name: string;
          type: OrganisationType;
          placeId: string | null;
        };
        return organisation;
      }) as [CoverageOrganisation, CoverageOrganisation];
      pair = {
        a: first,
        b: second,
        status: null,
        agreements: {},
        flows: { total: 0, covered: 0, atRisk: 0, notCovered: 0 },
      };
      pairs.set(key, pair);
    }
    return pair;
  };

  for (const row of agreementPairs) {
    if (!wanted(row.a, row.b)) continue;
    const pair = pairOf(row.a, row.b);
    pair.agreements[row.status] = (pair.agreements[row.status] ?? 0) + row.count;
    if (
      pair.status === null ||
      statusOrder.indexOf(row.status) < statusOrder.indexOf(pair.status)
    ) {
      pair.status = row.status;
    }
  }

  const wantedFlows: CoverageFlow[] = flows
    .filter((flow) => wanted(flow.fromId, flow.toId))
    .map((flow) => ({
      id: flow.id,
      from: { organisationId: flow.fromId, organisationType: flow.fromType },
      to: { organisationId: flow.toId, organisationType: flow.toType },
      dataCategoryIds: flow.categories,
    }));
  const { agreements } = await loadCoverageAgreements(prisma, wantedFlows, actor);
  const byOrganisation = new Map<string, typeof agreements>();
  for (const agreement of agreements) {
    for (const id of agreement.partyOrganisationIds) {
      const list = byOrganisation.get(id) ?? [];
      list.push(agreement);
      byOrganisation.set(id, list);
    }
  }
  const now = new Date();
  for (const flow of wantedFlows) {
    const from = flow.from.organisationId as string;
    const to = flow.to.organisationId as string;
    const pair = pairOf(from, to);
    const candidates = byOrganisation.get(from) ?? [];
    const { verdict } = assessFlowCoverage(flow, candidates, now);
    pair.flows.total += 1;
    if (verdict === "COVERED" || verdict === "NOT_NEEDED") pair.flows.covered += 1;
    else if (verdict === "AT_RISK") pair.flows.atRisk += 1;
    else pair.flows.notCovered += 1;
  }

  return [...pairs.values()].sort(
    (x, y) =>
      y.flows.notCovered - x.flows.notCovered ||
      y.flows.atRisk - x.flows.atRisk ||
      x.a.name.localeCompare(y.a.name) ||
      x.b.name.localeCompare(y.b.name),
  );
}

/** A page of the pairs, and the grid when the filters leave few enough organisations. */
export async function getCoalitionCoverage(
  actor: Actor,
  query: CoalitionCoverageQuery,
): Promise<CoalitionCoverage> {
  const { page: wantedPage, ...filters } = query;
  const pairs = await listCoveragePairs(actor, filters);
  const pageCount = Math.max(1, Math.ceil(pairs.length / COVERAGE_PAGE_SIZE));
  const page = Math.min(wantedPage, pageCount);
  const organisations = new Map<string, CoverageOrganisation>();
  for (const pair of pairs) organisations.set(pair.a.id, pair.a).set(pair.b.id, pair.b);
  const matrix =
    organisations.size > 0 && organisations.size <= MATRIX_LIMIT
      ? {
          organisations: [...organisations.values()].sort((x, y) => x.name.localeCompare(y.name)),
          cells: new Map(pairs.map((pair) => [pairKey(pair.a.id, pair.b.id), pair])),
        }
      : null;
  return {
    pairs: pairs.slice((page - 1) * COVERAGE_PAGE_SIZE, page * COVERAGE_PAGE_SIZE),
    total: pairs.length,
    page,
    pageSize: COVERAGE_PAGE_SIZE,
    matrix,
  };
}

export const pairsCsvHeadings = [
  "Organisation",
  "Organisation type",
  "Other organisation",
  "Other organisation type",
  "Agreement status",
  "Agreements",
  "Flows",
  "Flows covered",
  "Flows at risk",
  "Flows not covered",
] as const;
