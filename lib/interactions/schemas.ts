import { z } from "zod";

import { followUpCommitmentSchema, requiredDay } from "@/lib/commitments/schemas";
import type {
  InteractionDirection,
  InteractionKind,
  Sentiment,
} from "@/lib/generated/prisma/enums";
import { optionalText, requiredText } from "@/lib/validation/text";

import { interactionDirections, interactionKinds, sentiments } from "./labels";

export const INTERACTIONS_PAGE_SIZE = 25;
export const MAX_INTERACTION_ORGANISATIONS = 30;
export const MAX_INTERACTION_PEOPLE = 50;
export const MAX_FOLLOW_UP_COMMITMENTS = 10;

const tuple = <T extends string>(values: readonly T[]) => values as [T, ...T[]];

/** What every interaction records, on the log form and the edit form alike. */
const interactionFields = {
  kind: z.enum(tuple<InteractionKind>(interactionKinds), {
    message: "Select the kind of interaction",
  }),
  occurredOn: requiredDay("Enter the date it took place as a real date"),
  direction: z.enum(tuple<InteractionDirection>(interactionDirections), {
    message: "Select who reached out",
  }),
  organisationIds: z
    .array(z.uuid("Select the organisations that took part"), {
      message: "Select the organisations that took part",
    })
    .min(1, "Select at least one organisation that took part")
    .max(
      MAX_INTERACTION_ORGANISATIONS,
      `Select ${MAX_INTERACTION_ORGANISATIONS} organisations or fewer`,
    )
    .transform((ids) => [...new Set(ids)]),
  personIds: z
    .array(z.uuid("Select the people who took part"))
    .max(MAX_INTERACTION_PEOPLE, `Select ${MAX_INTERACTION_PEOPLE} people or fewer`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
  summary: requiredText(
    4000,
    "Enter a summary of what was said",
    "Summary must be 4,000 characters or fewer",
  ),
  sentiment: z.enum(tuple<Sentiment>(sentiments), { message: "Select how it went" }),
  followUp: optionalText(4000, "Follow-up actions must be 4,000 characters or fewer"),
};

/** An interaction as the edit form sends it. Shared by the form and the server. */
export const interactionSchema = z.object(interactionFields);
export type InteractionInput = z.input<typeof interactionSchema>;
export type InteractionDetails = z.output<typeof interactionSchema>;

/** A new interaction, with any follow-up commitments made at it, as the log form sends it. */
export const newInteractionSchema = z.object({
  ...interactionFields,
  commitments: z
    .array(followUpCommitmentSchema)
    .max(MAX_FOLLOW_UP_COMMITMENTS, `Add ${MAX_FOLLOW_UP_COMMITMENTS} commitments or fewer`)
    .default([]),
});
export type NewInteractionInput = z.input<typeof newInteractionSchema>;
export type NewInteractionDetails = z.output<typeof newInteractionSchema>;

const optionalDay = z.iso.date().optional().catch(undefined);

/** The log's filters and page, read from the address bar; anything unknown is ignored. */
export const interactionsQuerySchema = z.object({
  organisation: z.uuid().optional().catch(undefined),
  kind: z.enum(tuple<InteractionKind>(interactionKinds)).optional().catch(undefined),
  sentiment: z.enum(tuple<Sentiment>(sentiments)).optional().catch(undefined),
  from: optionalDay,
  to: optionalDay,
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type InteractionsQuery = z.infer<typeof interactionsQuerySchema>;
