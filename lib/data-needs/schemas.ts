import { z } from "zod";

import { optionalText, requiredText } from "@/lib/validation/text";

import type { NeedImportance, NeedMet, OrganisationType } from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";
import { laneSchema, timelinessSchema, volumeSchema } from "@/lib/pathways/schemas";
import { importanceValues, needMetValues } from "@/lib/pathways/types";

/** A data need, as the form sends it. Shared by the form and the server. */
export const dataNeedSchema = z.object({
  teamOrRole: requiredText(
    200,
    "Enter the team or role that needs the data",
    "Team or role must be 200 characters or fewer",
  ),
  dataCategoryId: z.uuid("Select the kind of data needed"),
  source: laneSchema("Select the organisation, or the type of organisation, the data comes from"),
  timeliness: timelinessSchema,
  volumePerMonth: volumeSchema,
  purpose: requiredText(
    1000,
    "Enter what the data is needed for",
    "Purpose must be 1000 characters or fewer",
  ),
  decision: optionalText(1000, "Decision must be 1000 characters or fewer"),
  importance: z.enum(importanceValues as [NeedImportance, ...NeedImportance[]], {
    message: "Select how important the data is",
  }),
  metToday: z.enum(needMetValues as [NeedMet, ...NeedMet[]], {
    message: "Select how far the need is met today",
  }),
  pathwayStepId: z
    .union([z.uuid(), z.literal("")])
    .nullish()
    .transform((value) => value || null),
});
export type DataNeedInput = z.input<typeof dataNeedSchema>;
export type DataNeedDetails = z.output<typeof dataNeedSchema>;

export const DATA_NEEDS_PAGE_SIZE = 25;

export const dataNeedSorts = ["recent", "category", "team", "importance", "met"] as const;
export type DataNeedSort = (typeof dataNeedSorts)[number];

const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1).catch(1);

/**
 * An organisation's needs page, read from the address bar: the sort and page of its own needs,
 * and the page of what others need from it. Anything unknown falls back to the default.
 */
export const organisationNeedsQuerySchema = z.object({
  sort: z.enum(dataNeedSorts).default("recent").catch("recent"),
  order: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: pageNumber,
  fromPage: pageNumber,
});
export type OrganisationNeedsQuery = z.infer<typeof organisationNeedsQuerySchema>;

/**
 * The coalition view's filters, shared by the heatmap, its drill-down and the export: the place
 * of the needing organisation, a pathway, and for the drill-down one cell (a data category and
 * the needing organisation's type).
 */
export const coalitionNeedsQuerySchema = z.object({
  place: z.uuid().optional().catch(undefined),
  pathway: z.uuid().optional().catch(undefined),
  category: z.uuid().optional().catch(undefined),
  type: z
    .enum(organisationTypes as [OrganisationType, ...OrganisationType[]])
    .optional()
    .catch(undefined),
  page: pageNumber,
});
export type CoalitionNeedsQuery = z.infer<typeof coalitionNeedsQuerySchema>;
