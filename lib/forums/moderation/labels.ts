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
