import { z } from "zod";

import { optionalText, requiredText, text } from "@/lib/validation/text";

import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";

import { HIGHEST_LEVEL, isLevel, LOWEST_LEVEL } from "./scores";

// The digital maturity forms' rules, shared by each form and the server that receives it.

const typeList = z
  .array(z.enum(organisationTypes as [OrganisationType, ...OrganisationType[]]))
  .default([]);

/** The version a form was opened at, for optimistic concurrency. */
export const versionField = z.coerce.number().int().positive();

/**
 * The framework version a form was opened at: the newest version's id and its edit counter. An
 * edit is refused when either has moved on since.
 */
export const openedVersionSchema = z.object({
  versionId: z.uuid({ message: "Reload the page and try again" }),
  version: versionField,
});
export type OpenedVersion = z.output<typeof openedVersionSchema>;

export const frameworkDetailsSchema = z.object({
  name: requiredText(150, "Enter the framework's name", "Name must be 150 characters or fewer"),
  description: requiredText(
    2000,
    "Say what the framework is for",
    "Description must be 2,000 characters or fewer",
  ),
});
export type FrameworkDetailsInput = z.input<typeof frameworkDetailsSchema>;
export type FrameworkDetails = z.output<typeof frameworkDetailsSchema>;

/** Changing a framework's name and description: the details and the version opened. */
export const frameworkEditSchema = frameworkDetailsSchema.extend(openedVersionSchema.shape);
export type FrameworkEditInput = z.input<typeof frameworkEditSchema>;
export type FrameworkEdit = z.output<typeof frameworkEditSchema>;

export const dimensionSchema = z.object({
  name: requiredText(150, "Enter the dimension's name", "Name must be 150 characters or fewer"),
  description: optionalText(2000, "Description must be 2,000 characters or fewer"),
  ...openedVersionSchema.shape,
});
export type DimensionInput = z.input<typeof dimensionSchema>;
export type DimensionDetails = z.output<typeof dimensionSchema>;

/** Moving a dimension or a question one place up or down, from a plain form. */
export const moveSchema = z.object({
  direction: z.enum(["up", "down"], { message: "Choose up or down" }),
  ...openedVersionSchema.shape,
});
export type MoveInput = z.input<typeof moveSchema>;

export const questionSchema = z.object({
  dimensionId: z.uuid({ message: "Select the dimension the question belongs to" }),
  text: requiredText(500, "Enter the question", "Question must be 500 characters or fewer"),
  guidance: optionalText(2000, "Guidance must be 2,000 characters or fewer"),
  levels: z.tuple(
    [1, 2, 3, 4, 5].map((level) =>
      requiredText(
        500,
        `Describe what level ${level} looks like`,
        `Level ${level} must be 500 characters or fewer`,
      ),
    ) as [z.ZodString, z.ZodString, z.ZodString, z.ZodString, z.ZodString],
  ),
  allowNotApplicable: z.boolean().default(false),
  appliesTo: typeList,
  ...openedVersionSchema.shape,
});
export type QuestionInput = z.input<typeof questionSchema>;
export type QuestionDetails = z.output<typeof questionSchema>;

const dateField = (missing: string) =>
  text(missing)
    .regex(/^\d{4}-\d{2}-\d{2}$/, missing)
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), missing);

export const roundSchema = z
  .object({
    name: requiredText(
      100,
      "Enter the round's name, like 2026 Q4",
      "Name must be 100 characters or fewer",
    ),
    frameworkId: z.uuid({ message: "Select the framework to assess against" }),
    invitedTypes: typeList,
    organisationIds: z.array(z.uuid()).default([]),
    opensOn: dateField("Enter the day the round opens"),
    closesOn: dateField("Enter the day the round closes"),
  })
  .refine((round) => round.closesOn >= round.opensOn, {
    path: ["closesOn"],
    message: "The round must close on or after the day it opens",
  })
  .refine((round) => round.invitedTypes.length + round.organisationIds.length > 0, {
    path: ["invitedTypes"],
    message: "Invite at least one organisation type or organisation",
  });
export type RoundInput = z.input<typeof roundSchema>;

/** One answer, as the form autosaves it: a level, "not applicable", or only a note so far. */
export const answerSchema = z
  .object({
    questionId: z.uuid({ message: "Choose a question to answer" }),
    level: z.unknown().transform((value, context) => {
      if (value === "" || value === null || value === undefined) return null;
      const level = typeof value === "string" ? Number(value) : value;
      if (isLevel(level)) return level;
      context.addIssue({
        code: "custom",
        message: `Choose a level from ${LOWEST_LEVEL} to ${HIGHEST_LEVEL}`,
      });
      return z.NEVER;
    }),
    notApplicable: z.boolean().default(false),
    evidence: optionalText(4000, "Evidence must be 4,000 characters or fewer"),
  })
  .refine((answer) => !(answer.notApplicable && answer.level !== null), {
    path: ["level"],
    message: "Choose a level or not applicable, not both",
  });
export type AnswerInput = z.input<typeof answerSchema>;

export const returnSchema = z.object({
  comment: requiredText(
    4000,
    "Say what needs to change before it can be validated",
    "Comments must be 4,000 characters or fewer",
  ),
  version: versionField,
});
export type ReturnInput = z.input<typeof returnSchema>;

export const sharingSchema = z.object({ share: z.boolean() });

/** A round's name and dates, as the lead changes them once it is open (its invitations stay). */
export const roundChangeSchema = z
  .object({
    name: requiredText(
      100,
      "Enter the round's name, like 2026 Q4",
      "Name must be 100 characters or fewer",
    ),
    opensOn: dateField("Enter the day the round opens"),
    closesOn: dateField("Enter the day the round closes"),
    version: versionField,
  })
  .refine((round) => round.closesOn >= round.opensOn, {
    path: ["closesOn"],
    message: "The round must close on or after the day it opens",
  });
export type RoundChangeInput = z.input<typeof roundChangeSchema>;

/** Gives a dimension of an assessment to a colleague, or takes it back (no assignee). */
export const assignSchema = z.object({
  dimensionId: z.uuid({ message: "Choose a section to give" }),
  assigneeId: z
    .union([z.literal(""), z.null(), z.uuid({ message: "Choose a colleague from the list" })])
    .transform((value) => (value ? value : null)),
});
export type AssignInput = z.input<typeof assignSchema>;

/** Submitting or validating an assessment: the version it was read at. */
export const assessmentVersionSchema = z.object({ version: versionField });

export const ASSESSMENT_STATUSES = [
  "NOT_STARTED",
  "IN_PROGRESS",
  "SUBMITTED",
  "RETURNED",
  "VALIDATED",
] as const;

const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1).catch(1);

export const MATURITY_PAGE_SIZE = 25;

/** The landing page's lists, each paged on its own. */
export const maturityLandingQuerySchema = z.object({
  page: pageNumber,
  pastPage: pageNumber,
  assignedPage: pageNumber,
  upcomingPage: pageNumber,
  closedPage: pageNumber,
});
export type MaturityLandingQuery = z.infer<typeof maturityLandingQuerySchema>;

/** A round's assessments table: filtered by status, paged. */
export const roundAssessmentsQuerySchema = z.object({
  status: z.enum(ASSESSMENT_STATUSES).optional().catch(undefined),
  page: pageNumber,
});
export type RoundAssessmentsQuery = z.infer<typeof roundAssessmentsQuerySchema>;

/** The results pages' pages, sorts and filters, read from the address bar; unknowns fall back. */
export const RESULTS_PAGE_SIZE = 25;
export const roundResultsQuerySchema = z.object({
  /** "name", or a dimension's key. */
  sort: text().min(1).max(200).default("name").catch("name"),
  order: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  type: z
    .enum(organisationTypes as [OrganisationType, ...OrganisationType[]])
    .optional()
    .catch(undefined),
  place: z.uuid().optional().catch(undefined),
});
export type RoundResultsQuery = z.infer<typeof roundResultsQuerySchema>;

/** The round an organisation's results page shows, from its round picker. */
export const organisationResultsQuerySchema = z.object({
  round: z.uuid().optional().catch(undefined),
});
