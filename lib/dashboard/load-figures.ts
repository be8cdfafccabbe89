import "server-only";

import { listCoveragePairs } from "@/lib/agreements/coverage/coalition-coverage";
import { agreementPolicy } from "@/lib/agreements/policy";
import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import { readEveryChangeCounter } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import { readableTopicsSql } from "@/lib/forums/search/visibility";
import { Prisma } from "@/lib/generated/prisma/client";
import { summarisePathways } from "@/lib/pathways/list-pathways";

import {
  addUpFlows,
  type CommitmentCountsRow,
  type OrganisationGroupRow,
  shapeAgreements,
  shapeCommitments,
  shapeOrganisations,
} from "./figures";
import { type Counters, keptFigure } from "./kept-figures";
import type { DashboardFilters, ProgrammeFigures } from "./schemas";

// The programme's figures in a handful of aggregate queries: each counts with GROUP BY or FILTER
// in the database, over the organisations the filters choose (archived ones never count), so the
// cost does not grow with the rows counted in the app. The costliest are kept between changes
// (kept-figures.ts).

/** Still to do: the statuses a commitment can be due or overdue in. */
export const UNFINISHED_COMMITMENTS = ["OPEN", "IN_PROGRESS", "AT_RISK"] as const;

export const ACTIVITY_DAYS = 30;

/** The first instant of `now`'s day (UTC), as the due dates' day. */
export const startOfDay = (now: Date) => new Date(now.toISOString().slice(0, 10));

/** The organisations the filters choose, as SQL over the alias `o`. */
export function organisationConditions(filters: DashboardFilters): Prisma.Sql {
  const conditions = [Prisma.sql`o."archivedAt" IS NULL`];
  if (filters.placeId) conditions.push(Prisma.sql`o."placeId" = ${filters.placeId}::uuid`);
  if (filters.organisationType) {
    conditions.push(Prisma.sql`o.type::text = ${filters.organisationType}`);
  }
  return Prisma.join(conditions, " AND ");
}

/** The same choice as a Prisma filter on an organisation. */
export function organisationWhere(filters: DashboardFilters): Prisma.OrganisationWhereInput {
  return {
    archivedAt: null,
    ...(filters.placeId ? { placeId: filters.placeId } : {}),
    ...(filters.organisationType ? { type: filters.organisationType } : {}),
  };
}

const isFiltered = (filters: DashboardFilters) =>
  Boolean(filters.placeId || filters.organisationType);

/** The filters, as part of a kept figure's key. */
export const scopeOf = (filters: DashboardFilters) => [filters.placeId, filters.organisationType];

/** A person's organisations, as part of a kept figure's key: what they read depends on them. */
const organisationsKey = (actor: Actor) =>
  [...new Set(actor.memberships.map((m) => m.organisationId))].sort().join(",");

function countOrganisations(db: DbClient, counters: Counters, filters: DashboardFilters) {
  return keptFigure("organisations", counters, ["organisations"], scopeOf(filters), async () =>
    shapeOrganisations(await groupOrganisations(db, filters)),
  );
}

function groupOrganisations(db: DbClient, filters: DashboardFilters) {
  return db.$queryRaw<OrganisationGroupRow[]>`
    SELECT o."engagementCurrent"::text AS current, o."engagementDesired"::text AS desired,
           o.influence::text AS influence, o.interest::text AS interest, count(*)::int AS count
      FROM "Organisation" o
     WHERE ${organisationConditions(filters)}
     GROUP BY 1, 2, 3, 4`;
}

function countCommitments(db: DbClient, counters: Counters, filters: DashboardFilters, now: Date) {
  const today = startOfDay(now);
  return keptFigure(
    "commitments",
    counters,
    ["commitments", "organisations"],
    [...scopeOf(filters), today.toISOString()],
    async () => shapeCommitments(await groupCommitments(db, filters, today)),
  );
}

function groupCommitments(db: DbClient, filters: DashboardFilters, today: Date) {
  const unfinished = Prisma.join(UNFINISHED_COMMITMENTS.map((status) => Prisma.sql`${status}`));
  return db.$queryRaw<CommitmentCountsRow[]>`
    SELECT c.status::text AS status, count(*)::int AS count,
           count(*) FILTER (WHERE c.status::text IN (${unfinished})
                              AND c."dueOn" >= ${today}::date
                              AND c."dueOn" < ${today}::date + ${ACTIVITY_DAYS}::int)::int AS "dueSoon",
           count(*) FILTER (WHERE c.status::text IN (${unfinished})
                              AND c."dueOn" < ${today}::date)::int AS overdue
      FROM "Commitment" c
      JOIN "Organisation" o ON o.id = c."organisationId"
     WHERE ${organisationConditions(filters)}
     GROUP BY 1`;
}

function countDataNeeds(
  db: DbClient,
  counters: Counters,
  filters: DashboardFilters,
): Promise<ProgrammeFigures["dataNeeds"]> {
  // Data needs and organisations raise "pathway-inputs".
  return keptFigure("data-needs", counters, ["pathway-inputs"], scopeOf(filters), () =>
    addUpDataNeeds(db, filters),
  );
}

async function addUpDataNeeds(
  db: DbClient,
  filters: DashboardFilters,
): Promise<ProgrammeFigures["dataNeeds"]> {
  const [row] = await db.$queryRaw<ProgrammeFigures["dataNeeds"][]>`
    SELECT count(*) FILTER (WHERE n."metToday" = 'FULLY')::int AS met,
           count(*) FILTER (WHERE n."metToday" = 'PARTLY')::int AS partly,
           count(*) FILTER (WHERE n."metToday" = 'NOT_AT_ALL')::int AS unmet
      FROM "DataNeed" n
      JOIN "Organisation" o ON o.id = n."organisationId"
     WHERE ${organisationConditions(filters)}`;
  return row ?? { met: 0, partly: 0, unmet: 0 };
}

/**
 * Agreements the person reads, by status, with a party the filters choose. Agreements, their
 * parties and organisations raise "pathway-inputs"; what a person reads depends on whether they
 * lead and on their organisations (agreementPolicy.readableWhere).
 */
function countAgreements(
  db: DbClient,
  counters: Counters,
  actor: Actor,
  filters: DashboardFilters,
) {
  const reader = isProgrammeLead(actor) ? "lead" : organisationsKey(actor);
  return keptFigure("agreements", counters, ["pathway-inputs"], [...scopeOf(filters), reader], () =>
    groupAgreements(db, actor, filters),
  );
}

async function groupAgreements(db: DbClient, actor: Actor, filters: DashboardFilters) {
  const groups = await db.agreement.groupBy({
    by: ["status"],
    where: {
      AND: [
        agreementPolicy.readableWhere(actor),
        isFiltered(filters)
          ? { parties: { some: { organisation: organisationWhere(filters) } } }
          : {},
      ],
    },
    _count: { _all: true },
  });
  return groups.map((group) => ({
    status: group.status,
    count: group._count._all,
  }));
}

/**
 * Flows between two organisations that no agreement covers (or only one not yet in force), with
 * an end the filters choose: the coverage area's own verdicts. Only leads see coverage.
 */
async function countFlowsWithoutAgreement(actor: Actor, filters: DashboardFilters) {
  if (!isProgrammeLead(actor)) return null;
  const pairs = await listCoveragePairs(actor, {
    place: filters.placeId,
    type: filters.organisationType,
  });
  return pairs.reduce((total, pair) => total + pair.flows.notCovered, 0);
}

/** Flows of the pathways the person reads, by readiness; with filters, pathways they take part in. */
async function countFlows(db: DbClient, actor: Actor, filters: DashboardFilters) {
  const [pathways, chosen] = await Promise.all([
    summarisePathways(actor),
    isFiltered(filters) ? pathwaysTakingPart(db, filters) : Promise.resolve(null),
  ]);
  return addUpFlows(
    pathways
      .filter((pathway) => chosen === null || chosen.has(pathway.id))
      .map((pathway) => pathway.readiness),
  );
}

/** Pathways with a step in an organisation the filters choose (or, by type, in any of a type). */
async function pathwaysTakingPart(db: DbClient, filters: DashboardFilters): Promise<Set<string>> {
  // A lane for any organisation of a type belongs to no place.
  const typeLanes =
    filters.organisationType && !filters.placeId
      ? Prisma.sql`OR s."organisationType"::text = ${filters.organisationType}`
      : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT s."pathwayId" AS id
      FROM "PathwayStep" s
      LEFT JOIN "Organisation" o ON o.id = s."organisationId"
     WHERE (o.id IS NOT NULL AND ${organisationConditions(filters)}) ${typeLanes}`;
  return new Set(rows.map((row) => row.id));
}

/**
 * Discussions and posts of the last 30 days that the person reads, in the filters' scope. Two
 * statements over an index that holds each published post's time and topic: a busy coalition
 * writes tens of thousands of posts a month, and these are counted without reading them.
 */
function countForumActivity(
  db: DbClient,
  counters: Counters,
  actor: Actor,
  filters: DashboardFilters,
  now: Date,
): Promise<ProgrammeFigures["forums"]> {
  // The last 30 days to the minute, so that the figure is kept for a minute between changes.
  const since = new Date(
    Math.floor((now.getTime() - ACTIVITY_DAYS * DAY_MS) / MINUTE_MS) * MINUTE_MS,
  );
  return keptFigure(
    "forums",
    counters,
    ["forum-activity", "organisations"],
    [...scopeOf(filters), forumReaderKey(actor), since.toISOString()],
    () => addUpForumActivity(db, actor, filters, since),
  );
}

const MINUTE_MS = 60 * 1000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** What decides which categories a person reads (lib/forums/search/visibility.ts). */
function forumReaderKey(actor: Actor): string {
  if (isProgrammeLead(actor)) return "lead";
  const roles = [...new Set(actor.memberships.map((m) => m.role))].sort();
  return `${organisationsKey(actor)}/${roles.join(",")}`;
}

async function addUpForumActivity(
  db: DbClient,
  actor: Actor,
  filters: DashboardFilters,
  since: Date,
): Promise<ProgrammeFigures["forums"]> {
  const inScope = Prisma.join(
    [
      Prisma.sql`t."kind" = 'DISCUSSION'`,
      readableTopicsSql(actor),
      filters.placeId ? Prisma.sql`c."placeId" = ${filters.placeId}::uuid` : Prisma.sql`TRUE`,
    ],
    " AND ",
  );
  // By organisation type: what people of organisations of that type wrote.
  const writtenByType = (author: Prisma.Sql) =>
    filters.organisationType
      ? Prisma.sql`EXISTS (
          SELECT 1 FROM "Membership" m JOIN "Organisation" org ON org.id = m."organisationId"
           WHERE m."userId" = ${author} AND org.type::text = ${filters.organisationType})`
      : Prisma.sql`TRUE`;
  const [[topics], [posts]] = await Promise.all([
    db.$queryRaw<{ started: number; solved: number }[]>`
      SELECT count(*)::int AS started,
             count(*) FILTER (WHERE t."acceptedPostId" IS NOT NULL)::int AS solved
        FROM "ForumTopic" t
        LEFT JOIN "ForumCategory" c ON c.id = t."categoryId"
       WHERE t."createdAt" >= ${since} AND ${inScope} AND ${writtenByType(Prisma.sql`t."authorId"`)}`,
    db.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count
        FROM "ForumPost" p
        JOIN "ForumTopic" t ON t.id = p."topicId"
        LEFT JOIN "ForumCategory" c ON c.id = t."categoryId"
       WHERE p.status = 'PUBLISHED' AND p."createdAt" >= ${since}
         AND ${inScope} AND ${writtenByType(Prisma.sql`p."authorId"`)}`,
  ]);
  return { topics: topics?.started ?? 0, posts: posts?.count ?? 0, solved: topics?.solved ?? 0 };
}

/** Every figure the dashboard and the snapshots share, as `actor` may see them. */
export async function loadProgrammeFigures(
  db: DbClient,
  actor: Actor,
  filters: DashboardFilters,
  now: Date,
): Promise<ProgrammeFigures> {
  const counters = await readEveryChangeCounter(db);
  const [organisations, commitments, dataNeeds, agreements, flowsWithout, flows, forums] =
    await Promise.all([
      countOrganisations(db, counters, filters),
      countCommitments(db, counters, filters, now),
      countDataNeeds(db, counters, filters),
      countAgreements(db, counters, actor, filters),
      countFlowsWithoutAgreement(actor, filters),
      countFlows(db, actor, filters),
      countForumActivity(db, counters, actor, filters, now),
    ]);
  return {
    ...organisations,
    commitments,
    flows,
    dataNeeds,
    agreements: shapeAgreements(agreements, flowsWithout),
    forums,
  };
}
