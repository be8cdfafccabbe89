import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommitmentStatus, EngagementLevel } from "@/lib/generated/prisma/enums";

import { loadProgrammeFigures, organisationWhere } from "./load-figures";
import { loadMaturityFigures, type MaturityFigures } from "./maturity";
import { dashboardPolicy } from "./policy";
import type { ProgrammeFigures, ReportQuery } from "./schemas";
import { readTrends, type TrendPoint } from "./snapshots";

/** Each list of the period's changes shows at most this many, with the full count beside it. */
export const CHANGES_LIST_SIZE = 25;

export interface BoardReport {
  place: { id: string; name: string } | null;
  places: { id: string; name: string }[];
  from: string;
  to: string;
  figures: ProgrammeFigures;
  maturity: MaturityFigures | null;
  trends: TrendPoint[];
  changes: {
    engagement: {
      total: number;
      rows: {
        organisation: string;
        from: EngagementLevel | null;
        to: EngagementLevel;
        reason: string;
        on: string;
      }[];
    };
    commitmentsDone: { total: number; rows: { title: string; organisation: string; on: string }[] };
    commitmentsAtRisk: {
      total: number;
      rows: { title: string; organisation: string; dueOn: string; status: CommitmentStatus }[];
    };
    agreementsSigned: { total: number; rows: { reference: string; title: string; on: string }[] };
    roundsClosed: { total: number; rows: { name: string; closesOn: string }[] };
  };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const reportForbidden = () =>
  new AppError("FORBIDDEN", "Only programme leads see the board report.");

/**
 * The board report for a place (or the whole coalition) and a period: today's figures, the
 * latest maturity distributions, the trends and what changed in the period. Leads only.
 */
export async function loadBoardReport(
  db: DbClient,
  actor: Actor,
  query: ReportQuery,
  now = new Date(),
): Promise<BoardReport> {
  if (!dashboardPolicy.canReadReport(actor)) throw reportForbidden();
  const filters = { placeId: query.place };
  const start = new Date(`${query.from}T00:00:00Z`);
  const end = new Date(`${query.to}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const inPeriod = { gte: start, lt: end };
  const organisation = organisationWhere(filters);
  const where = {
    engagement: { changedAt: inPeriod, organisation },
    done: { status: "DONE", completedAt: inPeriod, organisation },
    atRisk: { status: "AT_RISK", organisation },
    signed: {
      signatures: { some: { decision: "SIGNED", signedAt: inPeriod, voidedAt: null } },
      ...(query.place ? { parties: { some: { organisation } } } : {}),
    },
    rounds: {
      closesOn: inPeriod,
      ...(query.place ? { assessments: { some: { organisation } } } : {}),
    },
  } satisfies {
    engagement: Prisma.EngagementChangeWhereInput;
    done: Prisma.CommitmentWhereInput;
    atRisk: Prisma.CommitmentWhereInput;
    signed: Prisma.AgreementWhereInput;
    rounds: Prisma.AssessmentRoundWhereInput;
  };

  const totals = Promise.all([
    db.engagementChange.count({ where: where.engagement }),
    db.commitment.count({ where: where.done }),
    db.commitment.count({ where: where.atRisk }),
    db.agreement.count({ where: where.signed }),
    db.assessmentRound.count({ where: where.rounds }),
  ]);
  const [places, figures, maturity, trends, engagement, done, atRisk, signed, rounds] =
    await Promise.all([
      db.place.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
      loadProgrammeFigures(db, actor, filters, now),
      loadMaturityFigures(db, filters),
      readTrends(db, filters),
      db.engagementChange.findMany({
        where: where.engagement,
        orderBy: [{ changedAt: "desc" }, { id: "asc" }],
        take: CHANGES_LIST_SIZE,
        select: {
          fromCurrent: true,
          toCurrent: true,
          reason: true,
          changedAt: true,
          organisation: { select: { name: true } },
        },
      }),
      db.commitment.findMany({
        where: where.done,
        orderBy: [{ completedAt: "desc" }, { id: "asc" }],
        take: CHANGES_LIST_SIZE,
        select: { title: true, completedAt: true, organisation: { select: { name: true } } },
      }),
      db.commitment.findMany({
        where: where.atRisk,
        orderBy: [{ dueOn: "asc" }, { id: "asc" }],
        take: CHANGES_LIST_SIZE,
        select: {
          title: true,
          dueOn: true,
          status: true,
          organisation: { select: { name: true } },
        },
      }),
      db.agreement.findMany({
        where: where.signed,
        orderBy: { reference: "asc" },
        take: CHANGES_LIST_SIZE,
        select: {
          reference: true,
          title: true,
          signatures: {
            where: { decision: "SIGNED", signedAt: inPeriod },
            orderBy: { signedAt: "desc" },
            take: 1,
            select: { signedAt: true },
          },
        },
      }),
      db.assessmentRound.findMany({
        where: where.rounds,
        orderBy: { closesOn: "asc" },
        take: CHANGES_LIST_SIZE,
        select: { name: true, closesOn: true },
      }),
    ]);

  const [engagementTotal, doneTotal, atRiskTotal, signedTotal, roundsTotal] = await totals;
  const list = <T, R>(total: number, rows: T[], shape: (row: T) => R) => ({
    total,
    rows: rows.map(shape),
  });
  return {
    place: places.find((place) => place.id === query.place) ?? null,
    places,
    from: query.from,
    to: query.to,
    figures,
    maturity,
    trends,
    changes: {
      engagement: list(engagementTotal, engagement, (row) => ({
        organisation: row.organisation.name,
        from: row.fromCurrent,
        to: row.toCurrent,
        reason: row.reason,
        on: isoDay(row.changedAt),
      })),
      commitmentsDone: list(doneTotal, done, (row) => ({
        title: row.title,
        organisation: row.organisation.name,
        on: row.completedAt ? isoDay(row.completedAt) : "",
      })),
      commitmentsAtRisk: list(atRiskTotal, atRisk, (row) => ({
        title: row.title,
        organisation: row.organisation.name,
        dueOn: isoDay(row.dueOn),
        status: row.status,
      })),
      agreementsSigned: list(signedTotal, signed, (row) => ({
        reference: row.reference,
        title: row.title,
        on: row.signatures[0] ? isoDay(row.signatures[0].signedAt) : "",
      })),
      roundsClosed: list(roundsTotal, rounds, (row) => ({
        name: row.name,
        closesOn: isoDay(row.closesOn),
      })),
    },
  };
}
