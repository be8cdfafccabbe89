import type { AssessmentStatus } from "@/lib/generated/prisma/enums";

import type { RoundPhase } from "./rounds/phase";

// Digital maturity's states in the words people read.

export const assessmentStatusLabels: Record<AssessmentStatus, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  SUBMITTED: "Submitted",
  RETURNED: "Returned",
  VALIDATED: "Validated",
};

export const assessmentStatusTags: Record<AssessmentStatus, string> = {
  NOT_STARTED: "nhs-tag-grey",
  IN_PROGRESS: "nhs-tag-yellow",
  SUBMITTED: "nhs-tag-green",
  RETURNED: "nhs-tag-red",
  VALIDATED: "nhs-tag-green",
};

export const roundPhaseLabels: Record<RoundPhase, string> = {
  upcoming: "Upcoming",
  open: "Open",
  closed: "Closed",
};

/** A stored day (a date at UTC midnight) as people read it, like 4 December 2026. */
export const formatDay = (day: Date) =>
  day.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** A stored day as a date input's value, like 2026-12-04. */
export const dayValue = (day: Date) => day.toISOString().slice(0, 10);
