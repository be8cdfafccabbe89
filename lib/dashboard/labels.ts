import type {
  CommitmentStatus,
  EngagementLevel,
  StakeholderRating,
} from "@/lib/generated/prisma/enums";

// The dashboard's words for the programme's scales, in one place for the page, the board report
// and the spreadsheet.

export const engagementLevelLabels: Record<EngagementLevel, string> = {
  UNAWARE: "Unaware",
  RESISTANT: "Resistant",
  NEUTRAL: "Neutral",
  SUPPORTIVE: "Supportive",
  LEADING: "Leading",
};

/** Lowest first: the PMBOK scale's order. */
export const engagementLevels = Object.keys(engagementLevelLabels) as EngagementLevel[];

export const stakeholderRatingLabels: Record<StakeholderRating, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
};

/** Low first. */
export const stakeholderRatings = Object.keys(stakeholderRatingLabels) as StakeholderRating[];

export const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  AT_RISK: "At risk",
  DROPPED: "Dropped",
};

export const commitmentStatuses = Object.keys(commitmentStatusLabels) as CommitmentStatus[];

export const needMetLabels = { met: "Met", partly: "Partly met", unmet: "Not met" } as const;

export const readinessCountLabels = {
  blocked: "Blocked",
  atRisk: "At risk",
  ready: "Ready",
} as const;

/** The trend lines, each a figure of the snapshots. */
export const trendSeriesLabels = {
  belowDesired: "Organisations below their desired engagement",
  supportiveOrLeading: "Organisations supportive or leading",
  commitmentsOverdue: "Commitments overdue",
  commitmentsDone: "Commitments done",
  flowsBlocked: "Flows blocked",
  flowsReady: "Flows ready",
  needsUnmet: "Data needs not met",
  agreementsActive: "Active agreements",
} as const;
export type TrendSeries = keyof typeof trendSeriesLabels;

/** The sheet names, in order: as the spreadsheet names them. */
export const REPORT_SHEETS = [
  "Summary",
  "Engagement",
  "Commitments",
  "Pathways and data needs",
  "Digital maturity",
  "Agreements",
  "Forums",
  "Trends",
] as const;

/** The count of flows no agreement covers, as a sentence that agrees with its number. */
export const flowsWithoutAgreement = (count: number) =>
  count === 1
    ? "1 flow between organisations has no agreement in force"
    : `${count.toLocaleString("en-GB")} flows between organisations have no agreement in force`;
