import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient, DbTransaction } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { plainText } from "@/lib/markdown/plain-text";
import { containsPattern, headline, websearchQuery } from "@/lib/search/sql";

import { FORUM_SEARCH_PAGE_SIZE, type ForumSearchQuery } from "./schemas";
import { readablePostStatusSql, readableTopicsSql } from "./visibility";

// Forum search: one result per topic, its best post, never a post the searcher may not read.
// Two ways to match, words first:
// 1. Full-text search on each post's vector (the topic's title weighs most, then the category's
//    name and the tags, then the body), ranked by ts_rank_cd, with the matched words highlighted.
// 2. When the words find less than a page, topics whose title is like what was typed (pg_trgm's
//    word similarity), or whose author's name is, so that a misspelling ("Sytemone") still finds
//    "SystmOne"; the words found nothing in these topics.

type Db = DbClient | DbTransaction;

/**
 * How alike a typed text and a stretch of a title must be (0 to 1) to count. pg_trgm's default,
 * 0.6, misses two wrong letters in a short word: "Sytemone" is 0.38 like "SystmOne" in a title.
 * These matches come after every full-text match, so a looser bar costs little.
 */
export const TITLE_SIMILARITY = 0.35;
/** Below this many characters, a typed text is too short to match by likeness. */
const SIMILARITY_MIN_LENGTH = 4;
/**
 * Topics like what was typed are looked for only when its words find fewer topics than this:
 * a page of good matches needs no guesses, and the guesses cost most when words match plenty.
 */
const LIKENESS_BELOW = FORUM_SEARCH_PAGE_SIZE;
/** The most alike topics looked at: guesses beyond these are not worth a reader's time. */
const LIKENESS_MAX = 500;
/** Sort memory for one search; PostgreSQL's default, 4 MB, spills a common word's matches to disk. */
const SEARCH_WORK_MEM = "32MB";

export interface ForumSearchResult {
  topicId: string;
  postId: string;
  /** The best post's number in its topic (1 for the opening post). */
  postNumber: number;
  /** The topic's title, with the matched words marked (lib/search/highlight.ts). */
  title: string;
  /** A few words of the best post around the matched words, marked the same way. */
  snippet: string;
  kind: "DISCUSSION" | "PRIVATE";
  category: { name: string; slug: string } | null;
  authorName: string | null;
  postedAt: Date;
  solved: boolean;
  /** "words" for a full-text match; "similar" for a title or author like what was typed. */
  match: "words" | "similar";
}

export interface ForumSearchResults {
  results: ForumSearchResult[];
  /** Topics found, over every page. */
  total: number;
  page: number;
  pageSize: number;
}

/** A row of the statement: a result as SQL gives it. */
interface Row extends Omit<ForumSearchResult, "category" | "match"> {
  categoryName: string | null;
  categorySlug: string | null;
  matchGroup: number;
  total: number;
}

const LONDON = "Europe/London";

/** The filters on topics, as conditions on t (the topic). */
function topicFilterSql(query: ForumSearchQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (query.category) conditions.push(Prisma.sql`t."categoryId" = ${query.category}::uuid`);
  if (query.solved === "yes") conditions.push(Prisma.sql`t."acceptedPostId" IS NOT NULL`);
  if (query.solved === "no") {
    conditions.push(Prisma.sql`t."kind" = 'DISCUSSION' AND t."acceptedPostId" IS NULL`);
  }
  return conditions;
}

/** The filters on posts, as conditions on p (the post) alone. */
function postFilterSql(query: ForumSearchQuery): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (query.author) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "User" a
       WHERE a."id" = p."authorId"
         AND (a."name" ILIKE ${containsPattern(query.author)} OR a."name" % ${query.author})
    )`);
  }
  if (query.organisation) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "Membership" m
       WHERE m."userId" = p."authorId" AND m."organisationId" = ${query.organisation}::uuid
    )`);
  }
  if (query.from) {
    conditions.push(
      Prisma.sql`p."createdAt" >= (${query.from}::date::timestamp AT TIME ZONE ${LONDON})`,
    );
  }
  if (query.to) {
    conditions.push(
      Prisma.sql`p."createdAt" < ((${query.to}::date + 1)::timestamp AT TIME ZONE ${LONDON})`,
    );
  }
  return conditions;
}

/**
 * One page of forum search results for the person: topics they may read whose posts match `q`,
 * narrowed by the filters. An empty `q` finds nothing.
 */
export async function searchForums(
  db: Db,
  actor: Actor,
  query: ForumSearchQuery,
): Promise<ForumSearchResults> {
  const page = query.page;
  const pageSize = FORUM_SEARCH_PAGE_SIZE;
  const statement = forumSearchStatement(actor, query);
  if (!statement) return { results: [], total: 0, page, pageSize };

  const rows = await inTransaction(db, async (tx) => {
    await configureSearch(tx);
    return tx.$queryRaw<Row[]>(statement);
  });
  return {
    results: rows.map(({ categoryName, categorySlug, matchGroup, total: _total, ...row }) => ({
      ...row,
      snippet: plainText(row.snippet),
      category:
        categoryName !== null && categorySlug !== null
          ? { name: categoryName, slug: categorySlug }
          : null,
      match: matchGroup === 0 ? ("words" as const) : ("similar" as const),
    })),
    total: rows[0]?.total ?? 0,
    page,
    pageSize,
  };
}

/**
 * Settings for the open transaction only: the similarity the <% operator asks for (and its
 * trigram index answers); memory enough to sort a common word's tens of thousands of matching
 * posts without spilling to disk; and the planner kept to the indexes. Every part of a search is
 * meant to be found through an index (the posts' words, the titles' and names' trigrams, keys),
 * but the embedded database's planner (PostgreSQL 17) guesses that reading all 20,000 titles of
 * the benchmark costs less than their trigram index, and then works out each title's likeness to
 * a misspelt word: 200 ms instead of about 20. A table with no index for a part is still read.
 */
export async function configureSearch(tx: DbTransaction): Promise<void> {
  await tx.$queryRaw`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(TITLE_SIMILARITY)}, true),
                            set_config('work_mem', ${SEARCH_WORK_MEM}, true),
                            set_config('enable_seqscan', 'off', true)`;
}

/** The one statement of a search (null for an empty query); run after configureSearch. */
export function forumSearchStatement(actor: Actor, query: ForumSearchQuery): Prisma.Sql | null {
  const page = query.page;
  const pageSize = FORUM_SEARCH_PAGE_SIZE;
  const q = query.q?.trim() ?? "";
  if (!q) return null;

  const tsquery = websearchQuery(q);
  const postWhere = Prisma.join([readablePostStatusSql(actor), ...postFilterSql(query)], " AND ");
  const topicWhere = Prisma.join([readableTopicsSql(actor), ...topicFilterSql(query)], " AND ");
  const bySimilarity = q.length >= SIMILARITY_MIN_LENGTH;
  // Each topic's best post is picked from the posts alone, and only then are the topics (one per
  // result) joined to be checked: a common word matches tens of thousands of posts, and joining
  // each of them to its topic cost more than the ranking. Whether a topic may be read is the same
  // for all its posts, so the order of the two steps changes nothing in what is found.
  const statement = Prisma.sql`
    WITH best_posts AS (
      SELECT DISTINCT ON (p."topicId")
             p."topicId", p."id" AS "postId", ts_rank_cd(p."searchVector", query) AS score
        FROM "ForumPost" p
        CROSS JOIN ${tsquery} query
       WHERE p."searchVector" @@ query AND ${postWhere}
       ORDER BY p."topicId", score DESC, p."number"
    ),
    by_words AS (
      SELECT best."topicId", best."postId", best.score, t."lastPostAt"
        FROM best_posts best
        JOIN "ForumTopic" t ON t."id" = best."topicId"
        LEFT JOIN "ForumCategory" c ON c."id" = t."categoryId"
       WHERE ${topicWhere}
    ),
    liked_topics AS (
      SELECT liked."id", max(liked.score) AS score
        FROM (
          SELECT t."id", word_similarity(${q}, t."title") AS score
            FROM "ForumTopic" t
           WHERE ${bySimilarity} AND (SELECT count(*) FROM by_words) < ${LIKENESS_BELOW}
             AND ${q} <% t."title"
          UNION ALL
          SELECT t."id", similarity(${q}, a."name") AS score
            FROM "User" a
            JOIN "ForumTopic" t ON t."authorId" = a."id"
           WHERE ${bySimilarity} AND (SELECT count(*) FROM by_words) < ${LIKENESS_BELOW}
             AND a."name" % ${q}
        ) liked
       GROUP BY liked."id"
       ORDER BY score DESC
       LIMIT ${LIKENESS_MAX}
    ),
    by_likeness AS (
      SELECT t."id" AS "topicId", first."id" AS "postId", liked.score, t."lastPostAt"
        FROM liked_topics liked
        JOIN "ForumTopic" t ON t."id" = liked."id"
        LEFT JOIN "ForumCategory" c ON c."id" = t."categoryId"
        CROSS JOIN LATERAL (
          SELECT p."id" FROM "ForumPost" p
           WHERE p."topicId" = t."id" AND ${postWhere}
           ORDER BY p."number"
           LIMIT 1
        ) first
       WHERE ${topicWhere} AND NOT EXISTS (SELECT 1 FROM by_words w WHERE w."topicId" = t."id")
    ),
    hits AS (
      SELECT 0 AS "matchGroup", * FROM by_words
      UNION ALL
      SELECT 1 AS "matchGroup", * FROM by_likeness
    ),
    found AS (
      SELECT hits.*, count(*) OVER () AS total
        FROM hits
       ORDER BY hits."matchGroup", hits.score DESC, hits."lastPostAt" DESC, hits."topicId"
       LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT found."topicId", found."postId", p."number" AS "postNumber",
           ${headline(Prisma.sql`t."title"`, Prisma.sql`query`, "whole")} AS title,
           ${headline(Prisma.sql`p."body"`, Prisma.sql`query`, "snippet")} AS snippet,
           t."kind"::text AS kind, c."name" AS "categoryName", c."slug" AS "categorySlug",
           u."name" AS "authorName", p."createdAt" AS "postedAt",
           (t."acceptedPostId" IS NOT NULL) AS solved,
           found."matchGroup", found.total::int AS total
      FROM found
      JOIN "ForumPost" p ON p."id" = found."postId"
      JOIN "ForumTopic" t ON t."id" = found."topicId"
      LEFT JOIN "ForumCategory" c ON c."id" = t."categoryId"
      LEFT JOIN "User" u ON u."id" = p."authorId"
      CROSS JOIN ${tsquery} query
     ORDER BY found."matchGroup", found.score DESC, found."lastPostAt" DESC, found."topicId"`;

  return statement;
}

function inTransaction<T>(db: Db, work: (tx: DbTransaction) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}
