import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

import {
  loadProgrammeFigures,
  organisationWhere,
  startOfDay,
  UNFINISHED_COMMITMENTS,
} from "./load-figures";
import { loadMaturityFigures, type MaturityFigures } from "./maturity";
import { dashboardPolicy } from "./policy";
import type { DashboardFilters, ProgrammeFigures } from "./schemas";
import { readTrends, type TrendPoint, trendValues } from "./snapshots";

export const OVERDUE_LIST_SIZE = 10;

export interface OverdueCommitment {
  id: string;
  title: string;
  organisationName: string;
  dueOn: string;
  status: CommitmentStatus;
}

export interface Dashboard {
  filters: DashboardFilters;
  /** Leads: named data of every organisation and every list behind the figures. */
  canSeeEverything: boolean;
  places: { id: string; name: string }[];
  figures: ProgrammeFigures;
  maturity: MaturityFigures | null;
  /** The most overdue commitments the person may see named: every organisation's for leads, their own organisations' for everyone else. */
  overdue: OverdueCommitment[];
  /** The last 12 monthly snapshots in the filters' scope, oldest first, then today's figures. */
  trends: TrendPoint[];
}

async function listOverdue(
  db: DbClient,
  actor: Actor,
  filters: DashboardFilters,
  now: Date,
): Promise<OverdueCommitment[]> {
  const named = dashboardPolicy.namedOrganisations(actor);
  if (named !== null && named.length === 0) return [];
  const rows = await db.commitment.findMany({
    where: {
      status: { in: [...UNFINISHED_COMMITMENTS] },
      dueOn: { lt: startOfDay(now) },
      organisation: organisationWhere(filters),
      ...(named === null ? {} : { organisationId: { in: named } }),
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: OVERDUE_LIST_SIZE,
    select: {
      id: true,
      title: true,
      dueOn: true,
      status: true,
      organisation: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    organisationName: row.organisation.name,
    dueOn: row.dueOn.toISOString().slice(0, 10),
    status: row.status,
  }));
}

/**
 * The programme dashboard for `actor`: every area's figures in the filters' scope, the latest
 * maturity round's anonymised distributions, the overdue commitments they may see named, and the
 * trends. A handful of aggregate queries, whatever the size of the coalition.
 */
export async function loadDashboard(
  db: DbClient,
  actor: Actor,
  filters: DashboardFilters,
  now = new Date(),
): Promise<Dashboard> {
  const [places, figures, maturity, overdue, trends] = await Promise.all([
    db.place.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    loadProgrammeFigures(db, actor, filters, now),
    loadMaturityFigures(db, filters),
    listOverdue(db, actor, filters, now),
    readTrends(db, filters),
  ]);
  const today =
    trends.length > 0 ? [...trends, { month: "now", values: trendValues(figures) }] : trends;
  return {
    filters,
    canSeeEverything: dashboardPolicy.canSeeEverything(actor),
    places,
    figures,
    maturity,
    overdue,
    trends: today,
  };
}
