import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { LessonOutcome } from "@/lib/generated/prisma/enums";
import { COUNTED_STATUSES } from "@/lib/maturity/results/assessment-status";
import { HELPFUL_SCORE } from "@/lib/maturity/results/help-where-weakest";
import { isId } from "@/lib/validation/ids";

import { lessonPolicy } from "./policy";

// Lessons where they help: beside a pathway's steps, an organisation's systems and the maturity
// results' "help where weakest". Each is one bounded query, whatever the number of steps,
// systems or dimensions.

/** Lessons shown in each place, at most. */
export const LESSONS_IN_PLACE = 3;

export interface PlacedLesson {
  id: string;
  title: string;
  outcome: LessonOutcome;
}

/** How many lessons are about each of the steps: one grouped query for all of them. */
export async function countLessonsByStep(
  db: DbTransaction,
  actor: Actor,
  stepIds: readonly string[],
): Promise<Record<string, number>> {
  const ids = stepIds.filter(isId);
  if (ids.length === 0) return {};
  const groups = await db.lesson.groupBy({
    by: ["stepId"],
    where: { stepId: { in: ids }, ...lessonPolicy.readableWhere(actor) },
    _count: { _all: true },
  });
  return Object.fromEntries(
    groups.flatMap((group) => (group.stepId ? [[group.stepId, group._count._all]] : [])),
  );
}

/**
 * For each of an organisation's system products, lessons from other organisations running the
 * same product (by the lesson's systems), newest first: one query, at most three a product.
 */
export async function lessonsForProducts(
  db: DbTransaction,
  _actor: Actor,
  organisationId: string,
): Promise<Map<string, PlacedLesson[]>> {
  const found = new Map<string, PlacedLesson[]>();
  if (!isId(organisationId)) return found;
  const rows = await db.$queryRaw<(PlacedLesson & { product: string })[]>`
    WITH products AS (
      SELECT DISTINCT lower(product) AS product FROM "SystemInUse"
       WHERE "organisationId" = ${organisationId}::uuid
    ), matches AS (
      SELECT p.product, l.id, l.title, l.outcome::text AS outcome,
             row_number() OVER (PARTITION BY p.product ORDER BY l."createdAt" DESC, l.id) AS rank
        FROM products p
        JOIN "LessonSystem" s ON lower(s.product) = p.product
        JOIN "Lesson" l ON l.id = s."lessonId"
       WHERE l."organisationId" IS DISTINCT FROM ${organisationId}::uuid
    )
    SELECT product, id, title, outcome FROM matches WHERE rank <= ${LESSONS_IN_PLACE}
     ORDER BY product, rank`;
  for (const { product, ...lesson } of rows) {
    found.set(product, [...(found.get(product) ?? []), lesson]);
  }
  return found;
}

/**
 * For each dimension key, lessons on that dimension from organisations that scored well on it
 * (HELPFUL_SCORE or more in a counted assessment) and share their maturity results: one query.
 * Each key's lessons are walked newest first (an index) until three qualify, each checked as it
 * comes; not every strong score in the coalition joined to every lesson.
 */
export async function lessonsFromStrongOrganisations(
  db: DbTransaction,
  _actor: Actor,
  options: { organisationId: string; dimensionKeys: string[] },
): Promise<Map<string, PlacedLesson[]>> {
  const found = new Map<string, PlacedLesson[]>();
  if (options.dimensionKeys.length === 0) return found;
  const counted = Prisma.join(
    COUNTED_STATUSES.map((status) => Prisma.sql`${status}::"AssessmentStatus"`),
  );
  // The organisation's best counted score is a subquery per lesson, not a join, so that the
  // planner keeps the walk in date order and stops at the third.
  const rows = await db.$queryRaw<(PlacedLesson & { key: string })[]>`
    SELECT k.key, x.id, x.title, x.outcome
      FROM unnest(${options.dimensionKeys}::text[]) WITH ORDINALITY AS k(key, position)
     CROSS JOIN LATERAL (
       SELECT l.id, l.title, l.outcome::text AS outcome, l."createdAt"
         FROM "Lesson" l
         JOIN "Organisation" o ON o.id = l."organisationId"
        WHERE l."dimensionKey" = k.key
          AND o."shareMaturityResults" AND o."archivedAt" IS NULL
          AND o.id <> ${options.organisationId}::uuid
          AND (SELECT max(s.score)
                 FROM "Assessment" a
                 JOIN "AssessmentScore" s ON s."assessmentId" = a.id
                 JOIN "FrameworkDimension" d ON d.id = s."dimensionId"
                WHERE a."organisationId" = o.id AND d.key = k.key
                  AND a.status IN (${counted})) >= ${HELPFUL_SCORE}
        ORDER BY l."createdAt" DESC, l.id
        LIMIT ${LESSONS_IN_PLACE}) x
     ORDER BY k.position, x."createdAt" DESC, x.id`;
  for (const { key, ...lesson } of rows) found.set(key, [...(found.get(key) ?? []), lesson]);
  return found;
}
