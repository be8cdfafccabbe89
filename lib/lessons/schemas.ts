import { z } from "zod";

import type { LessonOutcome, OrganisationType, SystemCategory } from "@/lib/generated/prisma/enums";
import { organisationTypes, systemCategories } from "@/lib/organisations/types";
import { optionalText, requiredText, searchText, singleLine, text } from "@/lib/validation/text";

import {
  careSettings,
  lessonOutcomes,
  MAX_EVIDENCE_LINKS,
  MAX_LESSON_SYSTEMS,
  projectTypes,
  wglMeasures,
} from "./labels";

// One module of rules for lessons learned and the peer finder, parsed by the forms and by the
// server alike.

const tuple = <T extends string>(values: readonly T[]) => values as [T, ...T[]];

const LONG = 10_000;

/** Markdown text that must be given. */
const longText = (missing: string, label: string) =>
  requiredText(
    LONG,
    missing,
    `${label} must be ${LONG.toLocaleString("en-GB")} characters or fewer`,
  );

/** An optional choice from a fixed list; blank means none. */
const optionalChoice = <T extends string>(values: readonly T[], message: string) =>
  z
    .union([z.literal(""), z.enum(tuple(values), { message }), z.null()])
    .optional()
    .transform((value) => (value ? value : null));

/** An optional id from a list of choices; blank means none. */
const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid({ message }), z.null()])
    .optional()
    .transform((value) => (value ? value : null));

const systemRowSchema = z.object({
  category: z.union([
    z.literal(""),
    z.enum(tuple<SystemCategory>(systemCategories), { message: "Select a kind of system" }),
  ]),
  supplier: singleLine(100, null, "Supplier must be 100 characters or fewer"),
  product: singleLine(100, null, "Product must be 100 characters or fewer"),
});
export type LessonSystemRow = z.input<typeof systemRowSchema>;

const isWebLink = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
};

/** Evidence links, one a line: each an http or https address. */
const evidenceLinksSchema = text()
  .max(10_000, "Evidence links must be 10,000 characters or fewer")
  .default("")
  .transform((value) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0),
  )
  .superRefine((links, context) => {
    if (links.length > MAX_EVIDENCE_LINKS) {
      context.addIssue({
        code: "custom",
        message: `Give at most ${MAX_EVIDENCE_LINKS} evidence links`,
      });
    }
    const bad = links.find((link) => link.length > 2000 || !isWebLink(link));
    if (bad !== undefined) {
      context.addIssue({
        code: "custom",
        message: "Each evidence link must be a web address starting with https:// (one a line)",
      });
    }
  });

/** A lesson learned, as the form sends it and the server saves it. */
export const lessonSchema = z.object({
  title: singleLine(200, "Enter a title", "Title must be 200 characters or fewer"),
  organisationId: optionalId("Select an organisation from the list"),
  organisationType: optionalChoice<OrganisationType>(
    organisationTypes,
    "Select an organisation type from the list",
  ),
  placeId: optionalId("Select a place from the list"),
  systems: z
    .array(systemRowSchema)
    .max(MAX_LESSON_SYSTEMS + 5)
    .default([])
    .superRefine((rows, context) => {
      rows.forEach((row, index) => {
        const blank = row.supplier === "" && row.product === "";
        if (blank) return;
        if (row.product === "") {
          context.addIssue({
            code: "custom",
            path: [index, "product"],
            message: "Enter the product, or clear the supplier",
          });
        }
        if (row.supplier === "") {
          context.addIssue({
            code: "custom",
            path: [index, "supplier"],
            message: "Enter the supplier, or clear the product",
          });
        }
        if (row.category === "") {
          context.addIssue({
            code: "custom",
            path: [index, "category"],
            message: "Select the kind of system",
          });
        }
      });
    })
    .transform((rows) =>
      rows
        .filter((row) => row.supplier !== "" || row.product !== "")
        .map((row) => ({
          category: row.category as SystemCategory,
          supplier: row.supplier,
          product: row.product,
        })),
    )
    .refine((rows) => rows.length <= MAX_LESSON_SYSTEMS, {
      message: `Name at most ${MAX_LESSON_SYSTEMS} systems`,
    }),
  pathwayId: optionalId("Select a pathway from the list"),
  stepId: optionalId("Select a step from the list"),
  dimensionKey: z
    .union([z.literal(""), z.string().regex(/^[a-z0-9-]{1,60}$/, "Select a dimension"), z.null()])
    .optional()
    .transform((value) => (value ? value : null)),
  careSetting: optionalChoice(careSettings, "Select a care setting from the list"),
  projectType: optionalChoice(projectTypes, "Select a project type from the list"),
  wglMeasure: optionalChoice(wglMeasures, "Select a What Good Looks Like measure from the list"),
  whatWeTried: longText("Enter what you tried", "What you tried"),
  whatHappened: longText("Enter what happened", "What happened"),
  why: longText("Enter why it happened", "Why"),
  earlyWarningSigns: optionalText(
    LONG,
    `Early warning signs must be ${LONG.toLocaleString("en-GB")} characters or fewer`,
  ),
  recommendation: longText("Enter what you recommend", "What you recommend"),
  outcome: z.enum(tuple<LessonOutcome>(lessonOutcomes), {
    message: "Select whether it worked, partly worked or did not work",
  }),
  evidenceLinks: evidenceLinksSchema,
  audience: singleLine(300, "Enter who it is for", "Who it is for must be 300 characters or fewer"),
});
export type LessonInput = z.input<typeof lessonSchema>;
export type LessonData = z.output<typeof lessonSchema>;
/** What the form starts with: a new lesson has no outcome chosen yet. */
export type LessonFormValues = Omit<LessonInput, "outcome"> & { outcome?: LessonInput["outcome"] };

/** The register's search and facets, from the address bar. */
export const lessonRegisterQuerySchema = z.object({
  q: searchText(200),
  supplier: searchText(100),
  product: searchText(100),
  organisationType: z.enum(tuple<OrganisationType>(organisationTypes)).optional().catch(undefined),
  pathway: z.uuid().optional().catch(undefined),
  step: z.uuid().optional().catch(undefined),
  dimension: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  outcome: z.enum(tuple<LessonOutcome>(lessonOutcomes)).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type LessonRegisterQuery = z.infer<typeof lessonRegisterQuerySchema>;

/** The peer finder's question, from the address bar: one way in at a time, or several. */
export const peerQuerySchema = z.object({
  dimension: z
    .string()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  product: searchText(100),
  role: searchText(100),
  q: searchText(200),
});
export type PeerQuery = z.infer<typeof peerQuerySchema>;

/** Whether the person can be found by peers, and what they can help with. */
export const peerProfileSchema = z.object({
  peerFindable: z.boolean().default(false),
  canHelpWith: optionalText(200, "What you can help with must be 200 characters or fewer"),
});
export type PeerProfileInput = z.input<typeof peerProfileSchema>;
