import type {
  EngagementApproach,
  EngagementLevel,
  StakeholderRating,
} from "@/lib/generated/prisma/enums";

/** The PMBOK stakeholder engagement scale, from the bottom up. */
export const engagementLevelLabels: Record<EngagementLevel, string> = {
  UNAWARE: "Unaware",
  RESISTANT: "Resistant",
  NEUTRAL: "Neutral",
  SUPPORTIVE: "Supportive",
  LEADING: "Leading",
};

/** What each level means, for the engagement form's hints. */
export const engagementLevelHints: Record<EngagementLevel, string> = {
  UNAWARE: "Does not know about the programme or what it could mean for them",
  RESISTANT: "Knows about the programme and resists the change",
  NEUTRAL: "Knows about the programme, neither supports nor resists it",
  SUPPORTIVE: "Knows about the programme and supports the change",
  LEADING: "Works actively to make the programme succeed",
};

export const stakeholderRatingLabels: Record<StakeholderRating, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
};

/** The IAP2 spectrum of public participation: how the programme works with an organisation. */
export const engagementApproachLabels: Record<EngagementApproach, string> = {
  INFORM: "Inform",
  CONSULT: "Consult",
  INVOLVE: "Involve",
  COLLABORATE: "Collaborate",
  EMPOWER: "Empower",
};

export const engagementApproachHints: Record<EngagementApproach, string> = {
  INFORM: "We keep them informed",
  CONSULT: "We ask for their feedback",
  INVOLVE: "We work with them so their concerns shape decisions",
  COLLABORATE: "We decide together, in partnership",
  EMPOWER: "They make the decisions; we carry them out",
};

export const engagementLevels = Object.keys(engagementLevelLabels) as EngagementLevel[];
export const stakeholderRatings = Object.keys(stakeholderRatingLabels) as StakeholderRating[];
export const engagementApproaches = Object.keys(engagementApproachLabels) as EngagementApproach[];
