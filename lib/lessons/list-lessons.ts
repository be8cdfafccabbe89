import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LessonOutcome, OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypeLabels } from "@/lib/organisations/types";
import { pathwayPolicy } from "@/lib/pathways/policy";

import { dimensionName, listDimensionOptions } from "./dimensions";
import { lessonOutcomeLabels, lessonOutcomes } from "./labels";
import type { LessonRegisterQuery } from "./schemas";
import { lessonsNamedLike, matchesQuestion, nameWords, tsQuery } from "./search-terms";

export const LESSONS_PAGE_SIZE = 20;

/** Marks around the words a snippet highlights (private-use characters, never typed). */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

export interface LessonRow {
  id: string;
  title: string;
  outcome: LessonOutcome;
  organisationType: OrganisationType | null;
  organisationName: string | null;
  createdAt: Date;
  systems: string[];
  /** With a search: the passage that matched, its words between the highlight marks. */
  snippet: string | null;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface LessonRegister {
  rows: LessonRow[];
  total: number;
  pageSize: number;
  facets: {
    systems: (FacetValue & { supplier: string; product: string })[];
    organisationTypes: FacetValue[];
    pathways: FacetValue[];
    dimensions: FacetValue[];
    outcomes: FacetValue[];
  };
}

type Facet = "system" | "organisationType" | "pathway" | "dimension" | "outcome";

/** Pathways whose names the person may see on a lesson: those they read. */
export const readablePathwaySql = (actor: Actor, alias: Prisma.Sql) =>
  pathwayPolicy.canSeeDrafts(actor)
    ? Prisma.sql`${alias}.status <> 'ARCHIVED'`
    : Prisma.sql`${alias}.status = 'PUBLISHED'`;

/** The register's conditions on lessons `l`, leaving out one facet's own (for its counts). */
function conditions(query: LessonRegisterQuery, except?: Facet): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.q) parts.push(matchesQuestion(Prisma.sql`l`, query.q));
  if (except !== "system" && (query.supplier || query.product)) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "LessonSystem" fs WHERE fs."lessonId" = l.id
      ${query.supplier ? Prisma.sql`AND lower(fs.supplier) = lower(${query.supplier})` : Prisma.empty}
      ${query.product ? Prisma.sql`AND lower(fs.product) = lower(${query.product})` : Prisma.empty})`);
  }
  if (except !== "organisationType" && query.organisationType) {
    parts.push(Prisma.sql`l."organisationType"::text = ${query.organisationType}`);
  }
  if (except !== "pathway" && query.pathway) {
    parts.push(Prisma.sql`l."pathwayId" = ${query.pathway}::uuid`);
  }
  if (query.step) parts.push(Prisma.sql`l."stepId" = ${query.step}::uuid`);
  if (except !== "dimension" && query.dimension) {
    parts.push(Prisma.sql`l."dimensionKey" = ${query.dimension}`);
  }
  if (except !== "outcome" && query.outcome) {
    parts.push(Prisma.sql`l.outcome::text = ${query.outcome}`);
  }
  return Prisma.join(parts, " AND ");
}

const FACET_LIMIT = 30;

/**
 * The lessons register: a page of lessons matching the search and the chosen facets, best
 * matches first with a search (text rank plus system-name likeness), newest first without; and
 * for each facet its values with how many lessons each would give, counting the other choices
 * (one grouped query per facet, whatever the number of lessons). Everyone signed in reads every
 * lesson; pathway names show only where the person reads the pathway.
 */
export async function listLessons(
  db: DbTransaction,
  actor: Actor,
  query: LessonRegisterQuery,
): Promise<LessonRegister> {
  const offset = (query.page - 1) * LESSONS_PAGE_SIZE;
  const q = query.q;
  const words = q ? nameWords(q) : [];
  // Rank: the text's, plus the system-name likeness from one derived table (not per lesson).
  const rank = !q
    ? Prisma.sql`0`
    : words.length > 0
      ? Prisma.sql`ts_rank_cd(l."searchVector", ${tsQuery(q)}) + COALESCE(named.score, 0)::real`
      : Prisma.sql`ts_rank_cd(l."searchVector", ${tsQuery(q)})`;
  const named =
    words.length > 0
      ? Prisma.sql`LEFT JOIN (${lessonsNamedLike(words)}) named ON named."lessonId" = l.id`
      : Prisma.empty;
  const snippet = q
    ? Prisma.sql`ts_headline('english',
        concat_ws(' … ', l."whatWeTried", l."whatHappened", l.why, l.recommendation),
        ${tsQuery(q)},
        ${`StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`})`
    : Prisma.sql`NULL`;
  const where = conditions(query);
  const [rows, [counted], systems, types, pathways, dimensions, outcomes, dimensionOptions] =
    await Promise.all([
      db.$queryRaw<(Omit<LessonRow, "systems"> & { rank: number })[]>`
        SELECT l.id, l.title, l.outcome::text AS outcome,
               l."organisationType"::text AS "organisationType",
               o.name AS "organisationName", l."createdAt", ${snippet} AS snippet,
               ${rank} AS rank
          FROM "Lesson" l
          LEFT JOIN "Organisation" o ON o.id = l."organisationId"
          ${named}
         WHERE ${where}
         ORDER BY rank DESC, l."createdAt" DESC, l.id
         LIMIT ${LESSONS_PAGE_SIZE} OFFSET ${offset}`,
      db.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total FROM "Lesson" l WHERE ${where}`,
      db.$queryRaw<{ supplier: string; product: string; count: number }[]>`
        SELECT min(s.supplier) AS supplier, min(s.product) AS product,
               count(DISTINCT l.id)::int AS count
          FROM "Lesson" l JOIN "LessonSystem" s ON s."lessonId" = l.id
         WHERE ${conditions(query, "system")}
         GROUP BY lower(s.supplier), lower(s.product)
         ORDER BY count DESC, 2 LIMIT ${FACET_LIMIT}`,
      db.$queryRaw<{ value: OrganisationType; count: number }[]>`
        SELECT l."organisationType"::text AS value, count(*)::int AS count
          FROM "Lesson" l
         WHERE ${conditions(query, "organisationType")} AND l."organisationType" IS NOT NULL
         GROUP BY 1 ORDER BY count DESC, 1`,
      db.$queryRaw<{ value: string; label: string; count: number }[]>`
        SELECT p.id::text AS value, p.name AS label, count(*)::int AS count
          FROM "Lesson" l JOIN "Pathway" p ON p.id = l."pathwayId"
         WHERE ${conditions(query, "pathway")} AND ${readablePathwaySql(actor, Prisma.sql`p`)}
         GROUP BY p.id, p.name ORDER BY count DESC, p.name LIMIT ${FACET_LIMIT}`,
      db.$queryRaw<{ value: string; count: number }[]>`
        SELECT l."dimensionKey" AS value, count(*)::int AS count
          FROM "Lesson" l
         WHERE ${conditions(query, "dimension")} AND l."dimensionKey" IS NOT NULL
         GROUP BY 1 ORDER BY count DESC, 1 LIMIT ${FACET_LIMIT}`,
      db.$queryRaw<{ value: LessonOutcome; count: number }[]>`
        SELECT l.outcome::text AS value, count(*)::int AS count
          FROM "Lesson" l
         WHERE ${conditions(query, "outcome")}
         GROUP BY 1 ORDER BY 1`,
      listDimensionOptions(db),
    ]);
  const systemsOf = await lessonSystemNames(
    db,
    rows.map((row) => row.id),
  );
  return {
    rows: rows.map(({ rank: _rank, ...row }) => ({ ...row, systems: systemsOf.get(row.id) ?? [] })),
    total: counted?.total ?? 0,
    pageSize: LESSONS_PAGE_SIZE,
    facets: {
      systems: systems.map((row) => ({
        ...row,
        value: `${row.supplier} ${row.product}`,
        label: `${row.product} (${row.supplier})`,
      })),
      organisationTypes: types.map((row) => ({ ...row, label: organisationTypeLabels[row.value] })),
      pathways,
      dimensions: dimensions.map((row) => ({
        ...row,
        label: dimensionName(dimensionOptions, row.value) ?? row.value,
      })),
      outcomes: outcomes
        .sort((a, b) => lessonOutcomes.indexOf(a.value) - lessonOutcomes.indexOf(b.value))
        .map((row) => ({ ...row, label: lessonOutcomeLabels[row.value] })),
    },
  };
}

/** The systems of some lessons, as "Supplier Product", in one query. */
export async function lessonSystemNames(
  db: DbTransaction,
  lessonIds: string[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (lessonIds.length === 0) return found;
  const systems = await db.lessonSystem.findMany({
    where: { lessonId: { in: lessonIds } },
    orderBy: [{ product: "asc" }],
    select: { lessonId: true, supplier: true, product: true },
  });
  for (const system of systems) {
    const list = found.get(system.lessonId) ?? [];
    list.push(`${system.supplier} ${system.product}`);
    found.set(system.lessonId, list);
  }
  return found;
}
