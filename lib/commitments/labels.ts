import type { CommitmentStatus } from "@/lib/generated/prisma/enums";

export const commitmentStatusLabels: Record<CommitmentStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  AT_RISK: "At risk",
  DROPPED: "Dropped",
};

/** The NHS.UK tag colour of each status. */
export const commitmentStatusTags: Record<CommitmentStatus, string> = {
  OPEN: "nhs-tag-grey",
  IN_PROGRESS: "nhs-tag-yellow",
  DONE: "nhs-tag-green",
  AT_RISK: "nhs-tag-red",
  DROPPED: "nhs-tag-grey",
};

export const commitmentStatuses = Object.keys(commitmentStatusLabels) as CommitmentStatus[];

/** The kinds of record that can prove a commitment kept. */
export const commitmentLinkKinds = ["agreement", "assessment", "pathway", "flow"] as const;
export type CommitmentLinkKind = (typeof commitmentLinkKinds)[number];

export const commitmentLinkKindLabels: Record<CommitmentLinkKind, string> = {
  agreement: "Data sharing agreement",
  assessment: "Maturity assessment",
  pathway: "Pathway",
  flow: "Pathway flow",
};

/** When each kind of record counts as the commitment kept. */
export const commitmentLinkRules: Record<CommitmentLinkKind, string> = {
  agreement: "done once the agreement is signed by every party and active",
  assessment: "done once the assessment is submitted or validated",
  pathway: "done once the pathway is published",
  flow: "done once the flow is fully digital",
};

export const dueWithinChoices = [7, 14, 30, 90] as const;
