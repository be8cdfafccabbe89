import "server-only";

import type { DbTransaction } from "@/lib/db/types";

/**
 * Writes a lesson's search vector from the lesson and its systems: its title weighs most (A),
 * its systems and context next (B), its text last (C). Called in the transaction of every change
 * to a lesson or its systems, so the vector never lags behind.
 */
export async function refreshLessonSearch(tx: DbTransaction, lessonId: string): Promise<void> {
  await refreshLessonsSearch(tx, [lessonId]);
}

/** The same for many lessons in one statement (demo data and the benchmark's thousands). */
export async function refreshLessonsSearch(
  tx: DbTransaction,
  lessonIds: readonly string[],
): Promise<void> {
  if (lessonIds.length === 0) return;
  await tx.$executeRaw`
    UPDATE "Lesson" l
       SET "searchVector" =
             setweight(to_tsvector('english', l.title), 'A')
          || setweight(to_tsvector('english', concat_ws(' ',
               (SELECT string_agg(s.supplier || ' ' || s.product, ' ')
                  FROM "LessonSystem" s WHERE s."lessonId" = l.id),
               l.audience, l."careSetting", l."projectType", l."dimensionKey",
               (SELECT st.name || ' ' || st."performerRole" FROM "PathwayStep" st
                 WHERE st.id = l."stepId"),
               (SELECT p.name FROM "Pathway" p WHERE p.id = l."pathwayId"))), 'B')
          || setweight(to_tsvector('english', concat_ws(' ',
               l."whatWeTried", l."whatHappened", l.why, l."earlyWarningSigns",
               l.recommendation)), 'C')
     WHERE l.id = ANY(${lessonIds}::uuid[])`;
}
