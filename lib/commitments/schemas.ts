import { z } from "zod";

import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";
import { optionalText, requiredText } from "@/lib/validation/text";

import { commitmentLinkKinds, commitmentStatuses, dueWithinChoices } from "./labels";
import type { CommitmentLinkKind } from "./labels";

export const COMMITMENTS_PAGE_SIZE = 25;

const tuple = <T extends string>(values: readonly T[]) => values as [T, ...T[]];

/** A day from a date field, YYYY-MM-DD, required. */
export const requiredDay = (missing: string) =>
  z
    .string({ message: missing })
    .min(1, missing)
    .pipe(z.iso.date(missing))
    .refine((value) => value >= "2000-01-01" && value <= "2100-12-31", missing);

/** An optional account id from a select; blank means nobody. */
const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.null(), z.uuid(message)])
    .optional()
    .transform((value) => value || null);

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const LINK_PATTERN = new RegExp(`^(${commitmentLinkKinds.join("|")}):(${UUID})$`, "i");

export interface CommitmentLink {
  kind: CommitmentLinkKind;
  id: string;
}

/** The record a commitment links to, as the form's select sends it: "assessment:<id>", or blank. */
const link = z
  .union([
    z.literal(""),
    z.null(),
    z.string().regex(LINK_PATTERN, "Select the record that proves it"),
  ])
  .optional()
  .transform((value): CommitmentLink | null => {
    const match = value ? LINK_PATTERN.exec(value) : null;
    if (!match) return null;
    return { kind: match[1]!.toLowerCase() as CommitmentLinkKind, id: match[2]!.toLowerCase() };
  });

export const linkValue = (value: CommitmentLink | null) =>
  value ? `${value.kind}:${value.id}` : "";

const title = requiredText(
  200,
  "Enter what the organisation has promised",
  "Title must be 200 characters or fewer",
);

/** A commitment as its form sends it. Shared by the form and the server. */
export const commitmentSchema = z.object({
  title,
  description: optionalText(4000, "Description must be 4,000 characters or fewer"),
  ownerId: optionalId("Select the owner"),
  dueOn: requiredDay("Enter the due date as a real date"),
  status: z.enum(tuple<CommitmentStatus>(commitmentStatuses), { message: "Select a status" }),
  link,
});
export type CommitmentInput = z.input<typeof commitmentSchema>;
export type CommitmentDetails = z.output<typeof commitmentSchema>;

/** A follow-up commitment made at an interaction, as the interaction form sends it. */
export const followUpCommitmentSchema = z.object({
  organisationId: z.uuid("Select the organisation that made the commitment"),
  title,
  ownerId: optionalId("Select the owner"),
  dueOn: requiredDay("Enter the due date as a real date"),
  link,
});
export type FollowUpCommitment = z.output<typeof followUpCommitmentSchema>;

/** The commitments list's filters and page, read from the address bar; anything unknown is ignored. */
export const commitmentsQuerySchema = z.object({
  organisation: z.uuid().optional().catch(undefined),
  status: z.enum(tuple<CommitmentStatus>(commitmentStatuses)).optional().catch(undefined),
  dueWithin: z.coerce
    .number()
    .int()
    .refine((days) => (dueWithinChoices as readonly number[]).includes(days))
    .optional()
    .catch(undefined),
  overdue: z.enum(["yes"]).optional().catch(undefined),
  /** The dashboard's scope, carried to the list behind its figures. */
  place: z.uuid().optional().catch(undefined),
  type: z.enum(organisationTypes).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type CommitmentsQuery = z.infer<typeof commitmentsQuerySchema>;
