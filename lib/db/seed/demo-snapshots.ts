import { agreementStatuses } from "@/lib/agreements/labels";
import { previousMonth } from "@/lib/dashboard/snapshot-months";
import {
  type ProgrammeFigures,
  type SnapshotFigures,
  snapshotFiguresSchema,
} from "@/lib/dashboard/schemas";
import type { DbTransaction } from "@/lib/db/types";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

// Twelve months of the programme's figures, ending last month, for the dashboard's trends: a
// coalition that slowly engages more organisations, keeps more commitments and readies more flows.

const MONTHS = 12;

/** The figures of a scope of `size` organisations, `progress` (0 to 1) of the way through the year. */
function figuresAt(progress: number, size: number): ProgrammeFigures {
  const share = (fraction: number) => Math.round(size * fraction);
  const leading = share(0.05 + 0.1 * progress);
  const supportive = share(0.15 + 0.25 * progress);
  const neutral = share(0.3 - 0.1 * progress);
  const resistant = share(0.15 - 0.1 * progress);
  const unaware = Math.max(0, size - leading - supportive - neutral - resistant);
  const byStatus = Object.fromEntries(agreementStatuses.map((status) => [status, 0])) as Record<
    AgreementStatus,
    number
  >;
  byStatus.ACTIVE = share(0.05 + 0.15 * progress);
  byStatus.AWAITING_SIGNATURES = share(0.05);
  byStatus.DRAFT = share(0.1 - 0.05 * progress);
  return {
    organisations: size,
    engagement: {
      current: {
        UNAWARE: unaware,
        RESISTANT: resistant,
        NEUTRAL: neutral,
        SUPPORTIVE: supportive,
        LEADING: leading,
      },
      desired: {
        UNAWARE: 0,
        RESISTANT: 0,
        NEUTRAL: share(0.2),
        SUPPORTIVE: share(0.5),
        LEADING: share(0.3),
        UNSET: Math.max(0, size - share(0.2) - share(0.5) - share(0.3)),
      },
      belowDesired: share(0.8 - 0.4 * progress),
    },
    grid: [
      [share(0.1), share(0.1), share(0.05)],
      [share(0.1), share(0.15), share(0.1)],
      [share(0.05), share(0.1), share(0.15)],
    ],
    commitments: {
      byStatus: {
        OPEN: share(0.3),
        IN_PROGRESS: share(0.2),
        DONE: share(0.1 + 0.4 * progress),
        AT_RISK: share(0.15 - 0.08 * progress),
        DROPPED: share(0.03),
      },
      dueSoon: share(0.1),
      overdue: share(0.2 - 0.12 * progress),
    },
    flows: {
      blocked: share(0.3 - 0.2 * progress),
      atRisk: share(0.4 - 0.1 * progress),
      ready: share(0.1 + 0.4 * progress),
    },
    dataNeeds: {
      met: share(0.5 + 0.6 * progress),
      partly: share(0.6),
      unmet: share(0.9 - 0.5 * progress),
    },
    agreements: { byStatus, flowsWithout: share(0.3 - 0.2 * progress) },
    forums: {
      topics: share(0.1 + 0.2 * progress),
      posts: share(0.4 + 0.8 * progress),
      solved: share(0.05 + 0.1 * progress),
    },
  };
}

/** Writes the demo's monthly snapshots, the last one for the month before `now`'s. */
export async function seedDemoSnapshots(tx: DbTransaction, now = new Date()): Promise<void> {
  const [places, organisations] = await Promise.all([
    tx.place.findMany({ select: { id: true, _count: { select: { organisations: true } } } }),
    tx.organisation.groupBy({ by: ["type"], _count: { _all: true } }),
  ]);
  const total = places.reduce((sum, place) => sum + place._count.organisations, 0);
  const last = previousMonth(now);
  await tx.programmeSnapshot.createMany({
    data: Array.from({ length: MONTHS }, (_, index) => {
      const progress = index / (MONTHS - 1);
      const month = new Date(
        Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - (MONTHS - 1 - index), 1),
      );
      const figures: SnapshotFigures = {
        overall: figuresAt(progress, total),
        byPlace: Object.fromEntries(
          places.map((place) => [place.id, figuresAt(progress, place._count.organisations)]),
        ),
        byType: Object.fromEntries(
          organisations.map((group) => [group.type, figuresAt(progress, group._count._all)]),
        ),
      };
      return { month, figures: snapshotFiguresSchema.parse(figures), takenAt: month };
    }),
    skipDuplicates: true,
  });
}
