import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { forumPolicy } from "@/lib/forums/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { dimensionName, listDimensionOptions } from "@/lib/lessons/dimensions";
import { lessonPolicy } from "@/lib/lessons/policy";
import type { PeerQuery } from "@/lib/lessons/schemas";
import { matchesQuestion } from "@/lib/lessons/search-terms";
import { COUNTED_STATUSES } from "@/lib/maturity/results/assessment-status";
import { formatScore } from "@/lib/maturity/results/format-score";
import { HELPFUL_SCORE } from "@/lib/maturity/results/help-where-weakest";
import { listSystemProducts } from "@/lib/organisations/list-system-suggestions";
import { organisationTypeNames } from "@/lib/organisations/types";

// "Who has solved this?": organisations and people ranked by the proximity that makes knowledge
// move between them: the same system product, the same type of organisation, the same place,
// strength on the dimension in question (only where an organisation shares its maturity results),
// and lessons or accepted answers on it. Each match says why it is shown.
//
// Cost: the organisations considered are only those that match the question (run the product,
// scored well on the dimension, wrote a lesson on it, or have a findable person who answered it),
// found through indexes; proximity is worked out for those alone, and the answer is cut to
// PEERS_SHOWN. At 2,000 organisations that is a few index scans and a sort of the matches,
// O(m log m) for m matches, never a pass over every organisation in memory.

export const PEERS_SHOWN = 20;
/** Accepted answers read for one question, at most. */
const ANSWERS_READ = 200;

export interface PeerOrganisation {
  id: string;
  name: string;
  reasons: string[];
}

export interface PeerPerson {
  id: string;
  name: string;
  jobTitle: string | null;
  organisationName: string | null;
  canHelpWith: string | null;
  reasons: string[];
}

export interface PeerResults {
  asked: boolean;
  organisations: PeerOrganisation[];
  people: PeerPerson[];
}

interface OrganisationRow {
  id: string;
  name: string;
  type: OrganisationType;
  placeName: string;
  sameType: boolean;
  samePlace: boolean;
  runsProduct: string | null;
  sharedProducts: string[];
  score: number | null;
  lessons: number;
  answers: number;
}

interface PersonRow {
  id: string;
  name: string;
  jobTitle: string | null;
  canHelpWith: string | null;
  organisationId: string | null;
  organisationName: string | null;
  lessons: number;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The lessons "on" the question: its dimension, product, role or words (any of those given). */
function lessonsOnQuestion(query: PeerQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (query.dimension) parts.push(Prisma.sql`l."dimensionKey" = ${query.dimension}`);
  if (query.product) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "LessonSystem" ls
      WHERE ls."lessonId" = l.id AND lower(ls.product) = lower(${query.product}))`);
  }
  if (query.role) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "PathwayStep" st
      WHERE st.id = l."stepId" AND lower(st."performerRole") = lower(${query.role}))`);
  }
  if (query.q) parts.push(matchesQuestion(Prisma.sql`l`, query.q));
  return parts.length === 0 ? Prisma.sql`FALSE` : Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

/**
 * The authors of accepted answers to topics on the question that the person may read (through
 * the forum's own where-clause), with how many each gave. Bounded by ANSWERS_READ.
 */
async function acceptedAnswerers(
  db: DbTransaction,
  actor: Actor,
  query: PeerQuery,
  subject: string | null,
): Promise<Map<string, number>> {
  const terms = [query.q, query.product, query.role, subject].filter(
    (term): term is string => typeof term === "string" && term.length > 0,
  );
  const answers = new Map<string, number>();
  if (terms.length === 0) return answers;
  // The categories are few: read them and keep those the person reads (the forum policy's rule),
  // so that the topics query narrows by category ids alone.
  const categories = await db.forumCategory.findMany({
    where: { archivedAt: null },
    select: {
      id: true,
      archivedAt: true,
      restricted: true,
      allowedMembershipRoles: true,
      organisations: { select: { organisationId: true } },
    },
  });
  const readable = categories
    .filter((category) => forumPolicy.canReadCategory(actor, category))
    .map((category) => category.id);
  if (readable.length === 0) return answers;
  const topics = await db.forumTopic.findMany({
    where: {
      AND: [
        { kind: "DISCUSSION", categoryId: { in: readable } },
        { acceptedPost: { status: "PUBLISHED", authorId: { not: null } } },
        { OR: terms.map((term) => ({ title: { contains: term, mode: "insensitive" as const } })) },
      ],
    },
    orderBy: { lastPostAt: "desc" },
    take: ANSWERS_READ,
    select: { acceptedPost: { select: { authorId: true } } },
  });
  for (const topic of topics) {
    const authorId = topic.acceptedPost?.authorId;
    if (authorId) answers.set(authorId, (answers.get(authorId) ?? 0) + 1);
  }
  return answers;
}

/** What the question is about, in words: "Infrastructure", "SystmOne", "discharge coordinators". */
const subjectOf = (query: PeerQuery, dimension: string | null) =>
  dimension ?? query.product ?? query.role ?? null;

/**
 * Finds organisations and findable people who could help with a question, ranked by proximity to
 * the person asking (through their own organisations), with the reasons for each.
 */
export async function findPeers(
  db: DbTransaction,
  actor: Actor,
  query: PeerQuery,
): Promise<PeerResults> {
  const asked = Boolean(query.dimension || query.product || query.role || query.q);
  if (!asked) return { asked, organisations: [], people: [] };
  const dimensions = await listDimensionOptions(db);
  const dimension = query.dimension ? dimensionName(dimensions, query.dimension) : null;
  const answers = await acceptedAnswerers(db, actor, query, subjectOf(query, dimension));
  const answererIds = [...answers.keys()];
  const mine = actor.memberships.map((membership) => membership.organisationId);
  const counted = Prisma.join(COUNTED_STATUSES.map((status) => Prisma.sql`${status}`));
  const onQuestion = lessonsOnQuestion(query);
  const mineArray = Prisma.sql`${mine}::uuid[]`;

  // The latest counted score of an organisation on the dimension, only where it shares results.
  const scoreOf = query.dimension
    ? Prisma.sql`(SELECT s.score FROM "AssessmentScore" s
         JOIN "Assessment" a ON a.id = s."assessmentId"
         JOIN "AssessmentRound" r ON r.id = a."roundId"
         JOIN "FrameworkDimension" d ON d.id = s."dimensionId"
        WHERE a."organisationId" = o.id AND o."shareMaturityResults"
          AND a.status::text IN (${counted}) AND d.key = ${query.dimension}
          AND s.score IS NOT NULL
        ORDER BY r."opensOn" DESC, r."createdAt" DESC LIMIT 1)`
    : Prisma.sql`NULL::float8`;

  const matched: Prisma.Sql[] = [
    Prisma.sql`SELECT l."organisationId" AS id FROM "Lesson" l
       WHERE l."organisationId" IS NOT NULL AND ${onQuestion}`,
  ];
  if (query.product) {
    matched.push(Prisma.sql`SELECT "organisationId" FROM "SystemInUse"
       WHERE lower(product) = lower(${query.product})`);
  }
  if (query.dimension) {
    matched.push(Prisma.sql`SELECT a."organisationId" FROM "AssessmentScore" s
       JOIN "Assessment" a ON a.id = s."assessmentId"
       JOIN "FrameworkDimension" d ON d.id = s."dimensionId"
       JOIN "Organisation" so ON so.id = a."organisationId"
      WHERE d.key = ${query.dimension} AND s.score >= ${HELPFUL_SCORE}
        AND a.status::text IN (${counted}) AND so."shareMaturityResults"`);
  }
  if (answererIds.length > 0) {
    matched.push(Prisma.sql`SELECT "organisationId" FROM "Membership"
       WHERE "userId" = ANY(${answererIds}::uuid[])`);
  }

  const organisations = await db.$queryRaw<OrganisationRow[]>`
    WITH matched AS (${Prisma.join(matched, " UNION ")}),
    -- Materialised: the ranking and the filter below read each organisation's figures, worked
    -- out once rather than once for each.
    scored AS MATERIALIZED (
      SELECT o.id, o.name, o.type::text AS type, p.name AS "placeName",
             o.type IN (SELECT mo.type FROM "Organisation" mo WHERE mo.id = ANY(${mineArray}))
               AS "sameType",
             o."placeId" IN (SELECT mo."placeId" FROM "Organisation" mo WHERE mo.id = ANY(${mineArray}))
               AS "samePlace",
             ${
               query.product
                 ? Prisma.sql`(SELECT min(si.product) FROM "SystemInUse" si
                     WHERE si."organisationId" = o.id AND lower(si.product) = lower(${query.product}))`
                 : Prisma.sql`NULL::text`
             } AS "runsProduct",
             ARRAY(SELECT DISTINCT theirs.product FROM "SystemInUse" theirs
                     JOIN "SystemInUse" ours ON lower(ours.product) = lower(theirs.product)
                    WHERE ours."organisationId" = ANY(${mineArray}) AND theirs."organisationId" = o.id
                    ORDER BY 1) AS "sharedProducts",
             ${scoreOf} AS score,
             (SELECT count(*)::int FROM "Lesson" l
               WHERE l."organisationId" = o.id AND ${onQuestion}) AS lessons,
             ${
               answererIds.length > 0
                 ? Prisma.sql`(SELECT count(*)::int FROM "Membership" m
                     WHERE m."organisationId" = o.id AND m."userId" = ANY(${answererIds}::uuid[]))`
                 : Prisma.sql`0`
             } AS answers
        FROM "Organisation" o
        JOIN "Place" p ON p.id = o."placeId"
       WHERE o.id IN (SELECT id FROM matched)
         AND o."archivedAt" IS NULL
         AND NOT (o.id = ANY(${mineArray}))
    )
    SELECT * FROM scored
     WHERE "runsProduct" IS NOT NULL OR score >= ${HELPFUL_SCORE} OR lessons > 0 OR answers > 0
     ORDER BY (CASE WHEN "runsProduct" IS NOT NULL THEN 3 ELSE 0 END)
            + (CASE WHEN score >= ${HELPFUL_SCORE} THEN 3 + score ELSE 0 END)
            + 2 * LEAST(lessons, 3) + LEAST(answers, 3)
            + 2 * LEAST(cardinality("sharedProducts"), 2)
            + (CASE WHEN "sameType" THEN 2 ELSE 0 END)
            + (CASE WHEN "samePlace" THEN 1 ELSE 0 END) DESC,
              name, id
     LIMIT ${PEERS_SHOWN}`;

  // People: only those who chose to be findable, who wrote lessons on the question, gave accepted
  // answers on it, or belong to an organisation that matched.
  const findable = lessonPolicy.findablePeopleWhere(actor);
  const matchedOrganisationIds = organisations.map((organisation) => organisation.id);
  const people = await db.$queryRaw<PersonRow[]>`
    SELECT u.id, u.name, u."jobTitle", u."canHelpWith",
           (SELECT m."organisationId" FROM "Membership" m JOIN "Organisation" mo
               ON mo.id = m."organisationId" AND mo."archivedAt" IS NULL
             WHERE m."userId" = u.id ORDER BY m."createdAt" LIMIT 1) AS "organisationId",
           (SELECT mo.name FROM "Membership" m JOIN "Organisation" mo
               ON mo.id = m."organisationId" AND mo."archivedAt" IS NULL
             WHERE m."userId" = u.id ORDER BY m."createdAt" LIMIT 1) AS "organisationName",
           (SELECT count(*)::int FROM "Lesson" l WHERE l."authorId" = u.id AND ${onQuestion})
             AS lessons
      FROM "User" u
     WHERE u."peerFindable" = ${findable.peerFindable}
       AND u."disabledAt" IS NULL
       AND u.id <> ${actor.userId}::uuid
       AND (u.id = ANY(${answererIds}::uuid[])
         OR EXISTS (SELECT 1 FROM "Lesson" l WHERE l."authorId" = u.id AND ${onQuestion})
         OR EXISTS (SELECT 1 FROM "Membership" m
                     WHERE m."userId" = u.id AND m."organisationId" = ANY(${matchedOrganisationIds}::uuid[])))
     LIMIT ${PEERS_SHOWN * 5}`;

  const organisationReasons = new Map<string, string[]>();
  const topic = dimension ?? query.product ?? query.role ?? "this";
  const organisationResults = organisations.map((row) => {
    const reasons: string[] = [];
    if (row.runsProduct) {
      reasons.push(
        row.sharedProducts.some(
          (product) => product.toLowerCase() === row.runsProduct?.toLowerCase(),
        )
          ? `Runs ${row.runsProduct} like you`
          : `Runs ${row.runsProduct}`,
      );
    }
    if (row.score !== null && row.score >= HELPFUL_SCORE && dimension) {
      reasons.push(`Scored ${formatScore(row.score)} on ${dimension}`);
    }
    if (row.lessons > 0)
      reasons.push(`Wrote ${plural(row.lessons, "lesson", "lessons")} on ${topic}`);
    if (row.answers > 0) {
      reasons.push(
        `Its people gave ${plural(row.answers, "accepted answer", "accepted answers")} on ${topic}`,
      );
    }
    const others = row.sharedProducts.filter(
      (product) => product.toLowerCase() !== row.runsProduct?.toLowerCase(),
    );
    if (others.length > 0) reasons.push(`Runs ${others.join(", ")} like you`);
    if (row.sameType) reasons.push(`A ${organisationTypeNames[row.type].one} like you`);
    if (row.samePlace) reasons.push(`In ${row.placeName} like you`);
    organisationReasons.set(row.id, reasons);
    return { id: row.id, name: row.name, reasons };
  });

  const peopleResults = people
    .map((row) => {
      const reasons: string[] = [];
      if (row.lessons > 0)
        reasons.push(`Wrote ${plural(row.lessons, "lesson", "lessons")} on ${topic}`);
      const answered = answers.get(row.id) ?? 0;
      if (answered > 0) {
        reasons.push(`Gave ${plural(answered, "accepted answer", "accepted answers")} on ${topic}`);
      }
      const fromOrganisation = row.organisationId
        ? organisationReasons.get(row.organisationId)
        : undefined;
      if (fromOrganisation && row.organisationName) {
        reasons.push(
          `Works at ${row.organisationName}: ${fromOrganisation[0]?.toLowerCase() ?? ""}`,
        );
      }
      const rank =
        3 * Math.min(row.lessons, 3) +
        2 * Math.min(answered, 3) +
        (fromOrganisation
          ? 10 - Math.min(9, matchedOrganisationIds.indexOf(row.organisationId ?? ""))
          : 0);
      return {
        rank,
        person: {
          id: row.id,
          name: row.name,
          jobTitle: row.jobTitle,
          organisationName: row.organisationName,
          canHelpWith: row.canHelpWith,
          reasons: reasons.filter((reason) => !reason.endsWith(": ")),
        },
      };
    })
    .filter((entry) => entry.person.reasons.length > 0)
    .sort((a, b) => b.rank - a.rank || a.person.name.localeCompare(b.person.name))
    .slice(0, PEERS_SHOWN)
    .map((entry) => entry.person);

  return { asked, organisations: organisationResults, people: peopleResults };
}

/** The choices of the peer finder's form: dimensions, system products and pathway roles. */
export async function peerQuestionOptions(db: DbTransaction, actor: Actor) {
  // Grouped in the database: Prisma's `distinct` reads every row to drop repeats.
  const [dimensions, products, roles] = await Promise.all([
    listDimensionOptions(db),
    listSystemProducts(db),
    db.pathwayStep.groupBy({
      by: ["performerRole"],
      where: { pathway: lessonPolicy.readablePathwaysWhere(actor) },
      orderBy: { performerRole: "asc" },
      take: 200,
    }),
  ]);
  return {
    dimensions,
    products,
    roles: roles.map((row) => row.performerRole),
  };
}
