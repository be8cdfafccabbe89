import "server-only";

import { Prisma } from "@/lib/generated/prisma/client";

// How a question finds lessons: PostgreSQL full-text search on the lesson's search vector, plus
// trigram similarity (pg_trgm) between each word and its systems' names, so that a misspelt
// system name ("Sytmone") still finds the lessons about it ("SystmOne"). Trigrams ignore case.

/** How alike a word and a system's name must be to count as a match. */
export const SYSTEM_NAME_SIMILARITY = 0.4;

/** Words long enough to compare with system names (shorter ones match too much). */
export const nameWords = (q: string) =>
  [
    ...new Set(
      q
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length >= 4),
    ),
  ].slice(0, 8);

/** The text-search query of a question, as websearch_to_tsquery reads it. */
export const tsQuery = (q: string) => Prisma.sql`websearch_to_tsquery('english', ${q})`;

/**
 * The lessons whose systems are named like one of the words, with how alike (the best word's
 * similarity to the product or the supplier), as a derived table ("lessonId", score). The
 * likeness is worked out once per distinct system name, not once per lesson: the names are few
 * and the lessons many, and similarity() is what costs.
 */
export function lessonsNamedLike(words: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT s."lessonId", max(alike.score) AS score
      FROM "LessonSystem" s
      JOIN (
        SELECT n.supplier, n.product,
               max(GREATEST(similarity(n.product, w), similarity(n.supplier, w))) AS score
          FROM (SELECT DISTINCT supplier, product FROM "LessonSystem") n,
               unnest(${words}::text[]) AS w
         WHERE similarity(n.product, w) >= ${SYSTEM_NAME_SIMILARITY}
            OR similarity(n.supplier, w) >= ${SYSTEM_NAME_SIMILARITY}
         GROUP BY n.supplier, n.product
      ) alike ON alike.supplier = s.supplier AND alike.product = s.product
     GROUP BY s."lessonId"`;
}

/** Whether a lesson matches a question: by its text, or by a system name like one of its words. */
export function matchesQuestion(lessonAlias: Prisma.Sql, q: string): Prisma.Sql {
  const words = nameWords(q);
  const byName =
    words.length === 0
      ? Prisma.sql`FALSE`
      : Prisma.sql`${lessonAlias}.id IN (SELECT named."lessonId" FROM (${lessonsNamedLike(words)}) named)`;
  return Prisma.sql`(${lessonAlias}."searchVector" @@ ${tsQuery(q)} OR ${byName})`;
}
