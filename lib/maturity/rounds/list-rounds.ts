import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readEveryChangeCounter, sharedCache } from "@/lib/db/derived-cache";
import type { DbClient } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";

import { COUNTED_STATUSES } from "../results/assessment-status";
import { MATURITY_PAGE_SIZE } from "../schemas";
import { requireRoundManager } from "./guards";
import { type RoundPhase, roundPhaseSql, utcToday } from "./phase";

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

// Kept per "maturity-results" change counter (raised by every change to rounds, assessments and
// frameworks) and per day, as a round's phase moves with the date: a lead's home page lists the
// open rounds on every visit.
const roundPages = sharedCache<RoundsPage>("maturity-round-pages", 50);

/**
 * The rounds in one phase today (open, upcoming or closed), a page at a time, each with how many
 * of its assessments are in. Open and upcoming rounds list soonest-closing first; closed ones
 * newest first. Leads only.
 */
export async function listRounds(
  actor: Actor,
  phase: RoundPhase,
  requestedPage: number,
  now: Date = new Date(),
): Promise<RoundsPage> {
  requireRoundManager(actor);
  const prisma = await getPrisma();
  // The key is read before the data, so an entry is never older than its key.
  const counter = (await readEveryChangeCounter(prisma))["maturity-results"];
  const day = utcToday(now).toISOString().slice(0, 10);
  return roundPages.get(`${counter}|${day}|${phase}|${requestedPage}`, () =>
    readRoundsPage(prisma, phase, requestedPage, now),
  );
}

async function readRoundsPage(
  prisma: DbClient,
  phase: RoundPhase,
  requestedPage: number,
  now: Date,
): Promise<RoundsPage> {
  const counted = Prisma.join(COUNTED_STATUSES.map((status) => Prisma.sql`${status}`));
  const order =
    phase === "closed"
      ? Prisma.sql`r."closesOn" DESC, r.id`
      : Prisma.sql`r."closesOn", r."opensOn", r.id`;
  // One statement, as the lead's home page reads it on every visit: the total, the page asked for
  // (or the last there is) and each round's counts of assessments.
  const rows = await prisma.$queryRaw<(RoundRow & { total: number })[]>(Prisma.sql`
    WITH phased AS (SELECT r.* FROM "AssessmentRound" r WHERE ${roundPhaseSql(phase, now)}),
         counted AS (SELECT count(*)::int AS total FROM phased)
    SELECT r.id, r.name, f.name AS "frameworkName", v.number AS "frameworkVersion",
           r."opensOn", r."closesOn", counted.total,
           (SELECT count(*)::int FROM "Assessment" a WHERE a."roundId" = r.id) AS assessments,
           (SELECT count(*)::int FROM "Assessment" a
             WHERE a."roundId" = r.id AND a.status::text IN (${counted})) AS completed,
           (SELECT count(*)::int FROM "Assessment" a
             WHERE a."roundId" = r.id AND a.status = 'VALIDATED') AS validated
      FROM phased r
      JOIN "FrameworkVersion" v ON v.id = r."frameworkVersionId"
      JOIN "MaturityFramework" f ON f.id = v."frameworkId"
      CROSS JOIN counted
     ORDER BY ${order}
     LIMIT ${MATURITY_PAGE_SIZE}
    OFFSET (SELECT (LEAST(${requestedPage}::int,
                          GREATEST(1, CEIL(total / ${MATURITY_PAGE_SIZE}::numeric)::int)) - 1)
                   * ${MATURITY_PAGE_SIZE}::int
              FROM counted)`);
  const total = rows[0]?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / MATURITY_PAGE_SIZE));
  return {
    rounds: rows.map(({ total: _total, ...round }) => round),
    total,
    page: Math.min(requestedPage, pageCount),
    pageCount,
  };
}
