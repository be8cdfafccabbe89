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

/** Similarity of the best-matching word to a lesson's systems (0 when none is alike). */
export function systemNameScore(lessonAlias: Prisma.Sql, words: string[]): Prisma.Sql {
  if (words.length === 0) return Prisma.sql`0::real`;
  return Prisma.sql`COALESCE((
    SELECT max(GREATEST(similarity(s.product, w), similarity(s.supplier, w)))
      FROM "LessonSystem" s, unnest(${words}::text[]) AS w
     WHERE s."lessonId" = ${lessonAlias}.id
       AND (s.product % w OR s.supplier % w)
  ), 0)::real`;
}

/** Whether a lesson matches a question: by its text, or by a system name like one of its words. */
export function matchesQuestion(lessonAlias: Prisma.Sql, q: string): Prisma.Sql {
  const words = nameWords(q);
  const byName =
    words.length === 0
      ? Prisma.sql`FALSE`
      : Prisma.sql`EXISTS (
          SELECT 1 FROM "LessonSystem" s, unnest(${words}::text[]) AS w
           WHERE s."lessonId" = ${lessonAlias}.id
             AND (similarity(s.product, w) >= ${SYSTEM_NAME_SIMILARITY}
               OR similarity(s.supplier, w) >= ${SYSTEM_NAME_SIMILARITY}))`;
  return Prisma.sql`(${lessonAlias}."searchVector" @@ ${tsQuery(q)} OR ${byName})`;
}
