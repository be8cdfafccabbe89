import type { AssessmentStatus } from "@/lib/generated/prisma/client";

import { formatDay } from "../labels";
import { roundPhase } from "../rounds/phase";

// When an assessment's answers may change: the round's days and the assessment's status decide.

interface RoundDays {
  opensOn: Date;
  closesOn: Date;
}

/** Why answers cannot change now (the round's days, the assessment's status), or null if they can. */
export function answersLockedBecause(status: AssessmentStatus, round: RoundDays): string | null {
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
