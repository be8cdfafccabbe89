import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { isId } from "@/lib/validation/ids";

import { progressOf } from "../assessments/progress";
import { ASSESSMENT_STATUSES, MATURITY_PAGE_SIZE, type RoundAssessmentsQuery } from "../schemas";
import { requireRoundManager } from "./guards";
import { roundPhase } from "./phase";

/** A round, as its edit form needs it; null when there is no such round. Leads only. */
export async function getRoundDetails(actor: Actor, roundId: string) {
  requireRoundManager(actor);
  if (!isId(roundId)) return null;
  const prisma = await getPrisma();
  return prisma.assessmentRound.findUnique({
    where: { id: roundId },
    select: { id: true, name: true, opensOn: true, closesOn: true, version: true },
  });
}

/**
 * A round for the lead who runs it: its framework, dates and phase, how many assessments are in
 * each status, and a page of its assessments (optionally of one status) with each one's
 * progress. Null when there is no such round.
 */
export async function getRound(actor: Actor, roundId: string, query: RoundAssessmentsQuery) {
  requireRoundManager(actor);
  if (!isId(roundId)) return null;
  const prisma = await getPrisma();
  const round = await prisma.assessmentRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      opensOn: true,
      closesOn: true,
      invitedTypes: true,
      version: true,
      frameworkVersionId: true,
      frameworkVersion: {
        select: { number: true, framework: { select: { id: true, name: true } } },
      },
    },
  });
  if (!round) return null;

  const grouped = await prisma.assessment.groupBy({
    by: ["status"],
    where: { roundId },
    _count: { _all: true },
  });
  const statusCounts = Object.fromEntries(
    ASSESSMENT_STATUSES.map((status) => [
      status,
      grouped.find((group) => group.status === status)?._count._all ?? 0,
    ]),
  ) as Record<AssessmentStatus, number>;
  const total = Object.values(statusCounts).reduce((sum, count) => sum + count, 0);

  const where = { roundId, ...(query.status ? { status: query.status } : {}) };
  const filtered = query.status ? statusCounts[query.status] : total;
  const pageCount = Math.max(1, Math.ceil(filtered / MATURITY_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const assessments = await prisma.assessment.findMany({
    where,
    orderBy: [{ organisation: { name: "asc" } }, { id: "asc" }],
    skip: (page - 1) * MATURITY_PAGE_SIZE,
    take: MATURITY_PAGE_SIZE,
    select: {
      id: true,
      status: true,
      submittedAt: true,
      organisation: { select: { id: true, name: true, type: true } },
    },
  });
  const progress = await progressOf(
    prisma,
    assessments.map((assessment) => ({
      id: assessment.id,
      organisationType: assessment.organisation.type,
      frameworkVersionId: round.frameworkVersionId,
    })),
  );
  return {
    round: { ...round, phase: roundPhase(round) },
    statusCounts,
    total,
    assessments: {
      rows: assessments.map((assessment) => {
        const scores = progress.get(assessment.id);
        return {
          ...assessment,
          answered: scores?.answered ?? 0,
          questions: scores?.questions ?? 0,
        };
      }),
      total: filtered,
      page,
      pageCount,
    },
  };
}

export type RoundView = NonNullable<Awaited<ReturnType<typeof getRound>>>;
