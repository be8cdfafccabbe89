import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { MATURITY_PAGE_SIZE } from "../schemas";
import { requireRoundManager } from "./guards";
import { type RoundPhase, roundPhaseWhere } from "./phase";

export interface RoundRow {
  id: string;
  name: string;
  frameworkName: string;
  frameworkVersion: number;
  opensOn: Date;
  closesOn: Date;
  assessments: number;
  /** Submitted or validated. */
  completed: number;
  validated: number;
}

export interface RoundsPage {
  rounds: RoundRow[];
  total: number;
  page: number;
  pageCount: number;
}

/**
 * The rounds in one phase today (open, upcoming or closed), a page at a time, each with how many
 * of its assessments are in. Open and upcoming rounds list soonest-closing first; closed ones
 * newest first. Leads only.
 */
export async function listRounds(
  actor: Actor,
  phase: RoundPhase,
  requestedPage: number,
): Promise<RoundsPage> {
  requireRoundManager(actor);
  const prisma = await getPrisma();
  const where = roundPhaseWhere(phase);
  const total = await prisma.assessmentRound.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / MATURITY_PAGE_SIZE));
  const page = Math.min(requestedPage, pageCount);
  const rounds = await prisma.assessmentRound.findMany({
    where,
    orderBy:
      phase === "closed"
        ? [{ closesOn: "desc" }, { id: "asc" }]
        : [{ closesOn: "asc" }, { opensOn: "asc" }, { id: "asc" }],
    skip: (page - 1) * MATURITY_PAGE_SIZE,
    take: MATURITY_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      opensOn: true,
      closesOn: true,
      frameworkVersion: { select: { number: true, framework: { select: { name: true } } } },
      _count: { select: { assessments: true } },
    },
  });
  const counts = await prisma.assessment.groupBy({
    by: ["roundId", "status"],
    where: {
      roundId: { in: rounds.map((round) => round.id) },
      status: { in: ["SUBMITTED", "VALIDATED"] },
    },
    _count: { _all: true },
  });
  const countOf = (roundId: string, statuses: string[]) =>
    counts
      .filter((count) => count.roundId === roundId && statuses.includes(count.status))
      .reduce((sum, count) => sum + count._count._all, 0);
  return {
    rounds: rounds.map((round) => ({
      id: round.id,
      name: round.name,
      frameworkName: round.frameworkVersion.framework.name,
      frameworkVersion: round.frameworkVersion.number,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      assessments: round._count.assessments,
      completed: countOf(round.id, ["SUBMITTED", "VALIDATED"]),
      validated: countOf(round.id, ["VALIDATED"]),
    })),
    total,
    page,
    pageCount,
  };
}
