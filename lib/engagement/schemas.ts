import { z } from "zod";

import type {
  EngagementApproach,
  EngagementLevel,
  StakeholderRating,
} from "@/lib/generated/prisma/enums";
import { requiredText } from "@/lib/validation/text";

import { engagementApproaches, engagementLevels, stakeholderRatings } from "./labels";

const tuple = <T extends string>(values: readonly T[]) => values as [T, ...T[]];

/** An optional choice from a fixed list; blank means none. */
const optionalChoice = <T extends string>(values: readonly T[], message: string) =>
  z
    .union([z.literal(""), z.enum(tuple(values), { message }), z.null()])
    .optional()
    .transform((value) => (value ? value : null));

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const PERSON_PATTERN = new RegExp(`^(user|contact):(${UUID})$`, "i");

/**
 * A champion or sponsor as the form's select sends it: "user:<id>" for someone with an account,
 * "contact:<id>" for one of the organisation's key contacts, blank for nobody. Whether that
 * person belongs to the organisation is the server's check.
 */
const person = (label: string) =>
  z
    .union([z.literal(""), z.null(), z.string().regex(PERSON_PATTERN, `Select the ${label}`)])
    .optional()
    .transform((value): EngagementPerson | null => {
      const match = value ? PERSON_PATTERN.exec(value) : null;
      if (!match) return null;
      return {
        kind: match[1]!.toLowerCase() as EngagementPerson["kind"],
        id: match[2]!.toLowerCase(),
      };
    });

export interface EngagementPerson {
  kind: "user" | "contact";
  id: string;
}

/** The value the form's select holds for a champion or sponsor. */
export const personValue = (person: EngagementPerson | null): string =>
  person ? `${person.kind}:${person.id}` : "";

/** An organisation's engagement, as the engagement form sends it. Shared by form and server. */
export const engagementSchema = z.object({
  engagementCurrent: z.enum(tuple<EngagementLevel>(engagementLevels), {
    message: "Select how engaged the organisation is now",
  }),
  engagementDesired: optionalChoice<EngagementLevel>(
    engagementLevels,
    "Select how engaged the organisation should be",
  ),
  influence: optionalChoice<StakeholderRating>(stakeholderRatings, "Select low, medium or high"),
  interest: optionalChoice<StakeholderRating>(stakeholderRatings, "Select low, medium or high"),
  engagementApproach: optionalChoice<EngagementApproach>(
    engagementApproaches,
    "Select how the programme works with the organisation",
  ),
  champion: person("champion"),
  sponsor: person("executive sponsor"),
  reason: requiredText(
    1000,
    "Enter why the engagement changed",
    "Reason must be 1,000 characters or fewer",
  ),
});
export type EngagementInput = z.input<typeof engagementSchema>;
export type EngagementDetails = z.output<typeof engagementSchema>;
