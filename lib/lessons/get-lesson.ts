import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LessonOutcome } from "@/lib/generated/prisma/enums";
import { pathwayPolicy } from "@/lib/pathways/policy";
import { isId } from "@/lib/validation/ids";

import { dimensionName, listDimensionOptions } from "./dimensions";
import { lessonNotFound } from "./errors";
import { readablePathwaySql } from "./list-lessons";
import { lessonPolicy } from "./policy";

/** How many lessons "lessons like this one" shows. */
export const SIMILAR_LESSONS = 5;

/** A lesson as its page shows it, with what the person may do with it. */
export async function getLesson(db: DbTransaction, actor: Actor, lessonId: string) {
  if (!isId(lessonId)) throw lessonNotFound();
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...lessonPolicy.readableWhere(actor) },
    include: {
      author: { select: { id: true, name: true } },
      organisation: { select: { id: true, name: true } },
      place: { select: { id: true, name: true } },
      pathway: { select: { id: true, name: true, status: true } },
      step: { select: { id: true, name: true, position: true, performerRole: true } },
      systems: {
        orderBy: { product: "asc" },
        select: { category: true, supplier: true, product: true },
      },
    },
  });
  if (!lesson) throw lessonNotFound();
  const dimensions = await listDimensionOptions(db);
  // A pathway the person does not read (a draft, an archived one) is not named to them.
  const pathwayReadable =
    lesson.pathway !== null &&
    (pathwayPolicy.canSeeDrafts(actor)
      ? lesson.pathway.status !== "ARCHIVED"
      : lesson.pathway.status === "PUBLISHED");
  return {
    ...lesson,
    pathway: pathwayReadable ? lesson.pathway : null,
    step: pathwayReadable ? lesson.step : null,
    dimensionName: dimensionName(dimensions, lesson.dimensionKey),
    canEdit: lessonPolicy.canEdit(actor, lesson),
  };
}
export type LessonRecord = Awaited<ReturnType<typeof getLesson>>;

export interface SimilarLesson {
  id: string;
  title: string;
  outcome: LessonOutcome;
  sameStep: boolean;
  sharedSystems: number;
  sameDimension: boolean;
  sameOrganisationType: boolean;
}

/**
 * Lessons like this one: those about the same step, the same system, the same dimension or from
 * the same type of organisation, ranked by how much they share (a step or a system counts most,
 * then the dimension, then the type). One query, at most five lessons.
 */
export async function listSimilarLessons(
  db: DbTransaction,
  actor: Actor,
  lesson: {
    id: string;
    stepId: string | null;
    dimensionKey: string | null;
    organisationType: string | null;
  },
): Promise<SimilarLesson[]> {
  const readableStep = Prisma.sql`EXISTS (SELECT 1 FROM "Pathway" p WHERE p.id = l."pathwayId" AND ${readablePathwaySql(actor, Prisma.sql`p`)})`;
  return db.$queryRaw<SimilarLesson[]>`
    WITH scored AS (
      SELECT l.id, l.title, l.outcome::text AS outcome, l."createdAt",
             (${lesson.stepId}::uuid IS NOT NULL AND l."stepId" = ${lesson.stepId}::uuid
               AND ${readableStep}) AS "sameStep",
             (SELECT count(*)::int FROM "LessonSystem" theirs
                JOIN "LessonSystem" mine
                  ON lower(mine.supplier) = lower(theirs.supplier)
                 AND lower(mine.product) = lower(theirs.product)
               WHERE mine."lessonId" = ${lesson.id}::uuid AND theirs."lessonId" = l.id)
               AS "sharedSystems",
             (${lesson.dimensionKey}::text IS NOT NULL AND l."dimensionKey" = ${lesson.dimensionKey})
               AS "sameDimension",
             (${lesson.organisationType}::text IS NOT NULL
               AND l."organisationType"::text = ${lesson.organisationType}) AS "sameOrganisationType"
        FROM "Lesson" l
       WHERE l.id <> ${lesson.id}::uuid
    )
    SELECT id, title, outcome, "sameStep", "sharedSystems", "sameDimension", "sameOrganisationType"
      FROM scored
     WHERE "sameStep" OR "sharedSystems" > 0 OR "sameDimension" OR "sameOrganisationType"
     ORDER BY (CASE WHEN "sameStep" THEN 3 ELSE 0 END) + 3 * LEAST("sharedSystems", 2)
            + (CASE WHEN "sameDimension" THEN 2 ELSE 0 END)
            + (CASE WHEN "sameOrganisationType" THEN 1 ELSE 0 END) DESC,
              "createdAt" DESC, id
     LIMIT ${SIMILAR_LESSONS}`;
}
