import type { FlagReason } from "@/lib/generated/prisma/enums";

// The words of moderation in one place: forms, the queue and notifications say the same thing.

const keysOf = <T extends string>(labels: Record<T, string>) => Object.keys(labels) as T[];

export const flagReasonLabels: Record<FlagReason, string> = {
  OFF_TOPIC: "Off topic",
  INAPPROPRIATE: "Inappropriate or offensive",
  CONFIDENTIAL_INFORMATION: "Personal or patient-identifiable information",
  SPAM: "Spam or advertising",
  OTHER: "Something else",
};
export const flagReasons = keysOf(flagReasonLabels);

export const reviewDecisionLabels = {
  APPROVE: "Approve",
  HIDE: "Hide",
  DELETE: "Delete",
} as const;
export type ReviewDecision = keyof typeof reviewDecisionLabels;
export const reviewDecisions = keysOf(reviewDecisionLabels);

/** What a moderator is told once a decision is made. */
export const reviewDecisionDoneText: Record<ReviewDecision, string> = {
  APPROVE: "Approved: the post is public.",
  HIDE: "Hidden: only moderators see the post.",
  DELETE: "Deleted.",
};

/** What the queue says after a decision, from its address (`?decided=HIDE`), if anything. */
export function reviewDecisionDone(decided: string | string[] | undefined): string | null {
  return typeof decided === "string" && Object.hasOwn(reviewDecisionDoneText, decided)
    ? reviewDecisionDoneText[decided as ReviewDecision]
    : null;
}
