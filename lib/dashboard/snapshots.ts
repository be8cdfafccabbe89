import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";

import { activeAgreements } from "./figures";
import type { TrendSeries } from "./labels";
import { loadProgrammeFigures } from "./load-figures";
import { previousMonth } from "./snapshot-months";
import {
  type DashboardFilters,
  type ProgrammeFigures,
  type SnapshotFigures,
  snapshotFiguresSchema,
} from "./schemas";

// Monthly snapshots of the programme's figures, for the trends. The job runs every day and writes
// the month just ended once, early on the first day of the next: the month is the table's primary
// key and the insert skips a month already written, so two schedulers (or a second run after a
// crash) never write it twice.

/**
 * Who a snapshot counts as: the programme as its leads see it (every organisation, every
 * discussion in the open or restricted categories, no private messages). It names nobody.
 */
export const SNAPSHOT_VIEWER: Actor = {
  userId: "00000000-0000-0000-0000-000000000000",
  email: "",
  name: "Monthly snapshot",
  role: "PROGRAMME_LEAD",
  memberships: [],
};

/** The figures overall, for each place and for each type of organisation in the coalition. */
export async function collectSnapshotFigures(db: DbClient, now: Date): Promise<SnapshotFigures> {
  const [places, types] = await Promise.all([
    db.place.findMany({ select: { id: true }, orderBy: { name: "asc" } }),
    db.organisation.groupBy({ by: ["type"], where: { archivedAt: null } }),
  ]);
  const figuresFor = (filters: DashboardFilters) =>
    loadProgrammeFigures(db, SNAPSHOT_VIEWER, filters, now);
  // One scope after another: the job should not take every connection of the pool.
  const overall = await figuresFor({});
  const byPlace: Record<string, ProgrammeFigures> = {};
  for (const place of places) byPlace[place.id] = await figuresFor({ placeId: place.id });
  const byType: Record<string, ProgrammeFigures> = {};
  for (const { type } of types) byType[type] = await figuresFor({ organisationType: type });
  return { overall, byPlace, byType };
}

/** Writes the snapshot of the month before `now`'s, unless it is written already. */
export async function takeProgrammeSnapshot(db: DbClient, now: Date): Promise<string> {
  const month = previousMonth(now);
  const label = month.toISOString().slice(0, 7);
  const existing = await db.programmeSnapshot.findUnique({
    where: { month },
    select: { month: true },
  });
  if (existing) return `The snapshot of ${label} was already taken.`;
  const figures = snapshotFiguresSchema.parse(await collectSnapshotFigures(db, now));
  const { count } = await db.programmeSnapshot.createMany({
    data: [{ month, figures, takenAt: now }],
    skipDuplicates: true,
  });
  return count === 1
    ? `Took the snapshot of ${label}.`
    : `The snapshot of ${label} was already taken.`;
}

export interface TrendPoint {
  /** "2026-11", or "now" for today's figures. */
  month: string;
  values: Record<TrendSeries, number>;
}

export const trendValues = (figures: ProgrammeFigures): Record<TrendSeries, number> => ({
  belowDesired: figures.engagement.belowDesired,
  supportiveOrLeading: figures.engagement.current.SUPPORTIVE + figures.engagement.current.LEADING,
  commitmentsOverdue: figures.commitments.overdue,
  commitmentsDone: figures.commitments.byStatus.DONE,
  flowsBlocked: figures.flows.blocked,
  flowsReady: figures.flows.ready,
  needsUnmet: figures.dataNeeds.unmet,
  agreementsActive: activeAgreements(figures),
});

/** A snapshot's figures for the filters' scope; null when it kept none for that scope. */
export function figuresInScope(
  snapshot: SnapshotFigures,
  filters: DashboardFilters,
): ProgrammeFigures | null {
  if (filters.placeId && filters.organisationType) return null;
  if (filters.placeId) return snapshot.byPlace[filters.placeId] ?? null;
  if (filters.organisationType) return snapshot.byType[filters.organisationType] ?? null;
  return snapshot.overall;
}

/**
 * The last 12 months' figures in the filters' scope, oldest first. Snapshots keep a place's or a
 * type's figures, not both at once: with both filters there are no trends. A row that does not
 * read as figures (written by an older version, say) is left out rather than shown wrong.
 */
export async function readTrends(
  db: DbClient,
  filters: DashboardFilters,
  months = 12,
): Promise<TrendPoint[]> {
  if (filters.placeId && filters.organisationType) return [];
  const snapshots = await db.programmeSnapshot.findMany({
    orderBy: { month: "desc" },
    take: months,
    select: { month: true, figures: true },
  });
  return snapshots.reverse().flatMap((snapshot) => {
    const parsed = snapshotFiguresSchema.safeParse(snapshot.figures);
    const figures = parsed.success ? figuresInScope(parsed.data, filters) : null;
    return figures
      ? [{ month: snapshot.month.toISOString().slice(0, 7), values: trendValues(figures) }]
      : [];
  });
}
