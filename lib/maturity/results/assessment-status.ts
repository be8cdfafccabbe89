import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

// Which assessments results count: only those an organisation has submitted, and those a lead has
// validated. Drafts, returned assessments and ones not started never reach a result.
export const COUNTED_STATUSES = ["SUBMITTED", "VALIDATED"] as const satisfies AssessmentStatus[];

export const isCounted = (status: AssessmentStatus) =>
  (COUNTED_STATUSES as readonly AssessmentStatus[]).includes(status);

/** An assessment's status in the coalition's words. */
export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  RETURNED: "Returned for changes",
  VALIDATED: "Validated",
};

export const assessmentStatusOrder: AssessmentStatus[] = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "RETURNED",
  "SUBMITTED",
  "VALIDATED",
];
