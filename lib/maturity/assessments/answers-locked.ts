import type { AssessmentStatus } from "@/lib/generated/prisma/client";

import { formatDay } from "../labels";
import { roundPhase } from "../rounds/phase";

// When an assessment's answers may change: the round's days and the assessment's status decide.

interface RoundDays {
  opensOn: Date;
  closesOn: Date;
}

/**
 * Why answers cannot change now (the round's days, the assessment's status), or null if they can.
 * Said to the organisation's people by default; a programme lead (`reader: "lead"`) is told what
 * they can do about it themselves instead.
 */
export function answersLockedBecause(
  status: AssessmentStatus,
  round: RoundDays,
  reader: "organisation" | "lead" = "organisation",
): string | null {
  if (status === "SUBMITTED" && reader === "lead") {
    return roundPhase(round) === "open"
      ? "Submitted answers cannot be changed. Return the assessment with comments if the organisation should change them, or validate it."
      : "Submitted answers cannot be changed. The round has closed, so the assessment can be validated but no longer returned.";
  }
  if (status === "SUBMITTED") {
    return "Submitted answers cannot be changed. Ask the programme lead to return the assessment if something needs to change.";
  }
  if (status === "VALIDATED") {
    return "Submitted answers cannot be changed: this assessment has been validated.";
  }
  return roundClosedBecause(round);
}

/** Why the round takes no answers today, or null when it is open. */
export function roundClosedBecause(round: RoundDays): string | null {
  const phase = roundPhase(round);
  if (phase === "closed") {
    return `The round closed on ${formatDay(round.closesOn)}: answers are read-only.`;
  }
  if (phase === "upcoming") {
    return `The round opens on ${formatDay(round.opensOn)}: answers can be given from then.`;
  }
  return null;
}
