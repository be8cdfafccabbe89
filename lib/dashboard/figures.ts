import { agreementStatuses } from "@/lib/agreements/labels";
import type {
  AgreementStatus,
  CommitmentStatus,
  EngagementLevel,
  StakeholderRating,
} from "@/lib/generated/prisma/enums";

import { commitmentStatuses, engagementLevels, stakeholderRatings } from "./labels";
import type { ProgrammeFigures } from "./schemas";

// Shapes the rows of the dashboard's aggregate queries into its figures: the queries count, this
// only files the counts under the right headings.

/** Organisations counted by their engagement and stakeholder ratings. */
export interface OrganisationGroupRow {
  current: EngagementLevel;
  desired: EngagementLevel | null;
  influence: StakeholderRating | null;
  interest: StakeholderRating | null;
  count: number;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

export function shapeOrganisations(
  rows: readonly OrganisationGroupRow[],
): Pick<ProgrammeFigures, "organisations" | "engagement" | "grid"> {
  const current = zeros(engagementLevels);
  const desired = zeros([...engagementLevels, "UNSET"] as const);
  const grid = stakeholderRatings.map(() => stakeholderRatings.map(() => 0));
  let organisations = 0;
  let belowDesired = 0;
  for (const row of rows) {
    organisations += row.count;
    current[row.current] += row.count;
    desired[row.desired ?? "UNSET"] += row.count;
    if (
      row.desired !== null &&
      engagementLevels.indexOf(row.current) < engagementLevels.indexOf(row.desired)
    ) {
      belowDesired += row.count;
    }
    if (row.influence !== null && row.interest !== null) {
      const cells = grid[stakeholderRatings.indexOf(row.influence)] as number[];
      const column = stakeholderRatings.indexOf(row.interest);
      cells[column] = (cells[column] ?? 0) + row.count;
    }
  }
  return { organisations, engagement: { current, desired, belowDesired }, grid };
}

export interface CommitmentCountsRow {
  status: CommitmentStatus;
  count: number;
  dueSoon: number;
  overdue: number;
}

export function shapeCommitments(
  rows: readonly CommitmentCountsRow[],
): ProgrammeFigures["commitments"] {
  const byStatus = zeros(commitmentStatuses);
  let dueSoon = 0;
  let overdue = 0;
  for (const row of rows) {
    byStatus[row.status] += row.count;
    dueSoon += row.dueSoon;
    overdue += row.overdue;
  }
  return { byStatus, dueSoon, overdue };
}

export function shapeAgreements(
  rows: readonly { status: AgreementStatus; count: number }[],
  flowsWithout: number | null,
): ProgrammeFigures["agreements"] {
  const byStatus = zeros(agreementStatuses as readonly AgreementStatus[]);
  for (const row of rows) byStatus[row.status] += row.count;
  return { byStatus, flowsWithout };
}

/** Flows by readiness, added up over pathways' summaries. */
export function addUpFlows(
  summaries: readonly { counts: { BLOCKED: number; AT_RISK: number; READY: number } }[],
): ProgrammeFigures["flows"] {
  return summaries.reduce(
    (total, { counts }) => ({
      blocked: total.blocked + counts.BLOCKED,
      atRisk: total.atRisk + counts.AT_RISK,
      ready: total.ready + counts.READY,
    }),
    { blocked: 0, atRisk: 0, ready: 0 },
  );
}

/** Active agreements: those in force, whether or not their review is due. */
export const activeAgreements = (figures: ProgrammeFigures) =>
  figures.agreements.byStatus.ACTIVE + figures.agreements.byStatus.REVIEW_DUE;

/** The share of a whole as a whole percentage, or null when there is nothing to share. */
export const percentage = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 100);
