import type {
  InteractionDirection,
  InteractionKind,
  Sentiment,
} from "@/lib/generated/prisma/enums";

export const interactionKindLabels: Record<InteractionKind, string> = {
  MEETING: "Meeting",
  CALL: "Call",
  EMAIL: "Email",
  WORKSHOP: "Workshop",
  SITE_VISIT: "Site visit",
};

export const interactionDirectionLabels: Record<InteractionDirection, string> = {
  OUTBOUND: "The programme reached out",
  INBOUND: "The organisation reached out",
  MUTUAL: "Arranged together",
};

export const sentimentLabels: Record<Sentiment, string> = {
  POSITIVE: "Positive",
  NEUTRAL: "Neutral",
  NEGATIVE: "Negative",
};

export const sentimentTags: Record<Sentiment, string> = {
  POSITIVE: "nhs-tag-green",
  NEUTRAL: "nhs-tag-grey",
  NEGATIVE: "nhs-tag-red",
};

export const interactionKinds = Object.keys(interactionKindLabels) as InteractionKind[];
export const interactionDirections = Object.keys(
  interactionDirectionLabels,
) as InteractionDirection[];
export const sentiments = Object.keys(sentimentLabels) as Sentiment[];
