import { z } from "zod";

import {
  type AgreementStatus,
  type AgreementType,
  type Article6Basis,
  type Article9Condition,
  type ConfidentialityBasis,
  type DpiaOutcome,
  type Identifiability,
  type PartyControllerRole,
  type PartyDirection,
  type SharingUse,
} from "@/lib/generated/prisma/enums";
import { optionalText, requiredText, searchText, singleLine, text } from "@/lib/validation/text";

import {
  agreementStatuses,
  agreementTypes,
  article6Bases,
  article9Conditions,
  caldicottPrinciples,
  confidentialityBases,
  controllerRoles,
  type DpiaCriterion,
  dpiaCriteria,
  dpiaOutcomes,
  directions,
  identifiabilityValues,
  needsSchedule1,
  sharingUses,
} from "./labels";

// One module of rules for data sharing agreements, parsed by the forms and by the server alike.

const LONG = 20_000;
const MEDIUM = 4000;

const tuple = <T extends string>(values: readonly T[]) => values as [T, ...T[]];

/** Long text, such as purposes: may be blank (stored as ""), at most `max` characters. */
const longText = (label: string, max = LONG) =>
  text()
    .trim()
    .max(max, `${label} must be ${max.toLocaleString("en-GB")} characters or fewer`)
    .default("");

/** A day from a date field, YYYY-MM-DD, or blank (null). */
const day = (label: string) =>
  z
    .union([z.literal(""), z.iso.date(`Enter the ${label} as a real date`), z.null()])
    .optional()
    .transform((value) => value || null);

/** Yes, no or not known, as radios send it. */
const yesNoUnknown = z
  .enum(["yes", "no", "unknown"], { message: "Select yes, no or not known" })
  .transform((value) => (value === "unknown" ? null : value === "yes"));

/** An optional choice from a fixed list; blank means none. */
const optionalChoice = <T extends string>(values: readonly T[], message: string) =>
  z
    .union([z.literal(""), z.enum(tuple(values), { message }), z.null()])
    .optional()
    .transform((value) => (value ? value : null));

const checkbox = z.boolean().default(false);

export const REFERENCE_PATTERN = /^[A-Z0-9][A-Z0-9/-]*$/;

export const referenceSchema = singleLine(
  40,
  "Enter the agreement's reference",
  "Reference must be 40 characters or fewer",
).pipe(
  z
    .string()
    .transform((value) => value.toUpperCase())
    .refine((value) => REFERENCE_PATTERN.test(value), {
      message:
        "Use capital letters, digits, dashes and slashes only in the reference, like DSA-2026-0007",
    }),
);

export const caldicottSchema = z
  .array(
    z.object({
      met: checkbox,
      note: text().trim().max(1000, "Each note must be 1,000 characters or fewer").default(""),
    }),
  )
  .length(caldicottPrinciples.length, "Answer each of the eight Caldicott principles");

export const dpiaScreeningSchema = z
  .array(z.enum(tuple<DpiaCriterion>(dpiaCriteria), { message: "Select criteria from the list" }))
  .max(dpiaCriteria.length)
  .default([])
  .transform((codes) => dpiaCriteria.filter((code) => codes.includes(code)));

/** Start, review and end in order: end not before start, review not after end. */
function checkDates(
  value: { startDate: string | null; reviewDate: string | null; endDate: string | null },
  context: z.RefinementCtx,
) {
  const { startDate, reviewDate, endDate } = value;
  if (startDate && endDate && endDate < startDate) {
    context.addIssue({
      code: "custom",
      path: ["endDate"],
      message: "The end date must be on or after the start date",
    });
  }
  if (reviewDate && endDate && reviewDate > endDate) {
    context.addIssue({
      code: "custom",
      path: ["reviewDate"],
      message: "The review date must be on or before the end date",
    });
  }
  if (startDate && reviewDate && reviewDate < startDate) {
    context.addIssue({
      code: "custom",
      path: ["reviewDate"],
      message: "The review date must be on or after the start date",
    });
  }
}

/** The lifecycle dates alone, for anything that checks their order. */
export const agreementDatesSchema = z
  .object({
    startDate: day("start date"),
    reviewDate: day("review date"),
    endDate: day("end date"),
  })
  .superRefine(checkDates);

/** Everything about an agreement except its parties, data categories and flows. */
export const agreementDetailsSchema = z
  .object({
    // Identity
    reference: referenceSchema,
    title: singleLine(200, "Enter the agreement's title", "Title must be 200 characters or fewer"),
    type: z.enum(tuple<AgreementType>(agreementTypes), {
      message: "Select the type of agreement",
    }),
    // Purpose
    purposes: longText("Purposes"),
    necessity: longText("Why the sharing is necessary", MEDIUM),
    benefits: longText("Expected benefits", MEDIUM),
    use: z.enum(tuple<SharingUse>(sharingUses), {
      message: "Select whether the sharing is for direct care or secondary use",
    }),
    // Data
    dataSubjects: longText("Categories of data subjects", MEDIUM),
    specialCategoryData: checkbox,
    criminalOffenceData: checkbox,
    childrenOrVulnerable: checkbox,
    identifiability: z.enum(tuple<Identifiability>(identifiabilityValues), {
      message: "Select whether the data is identifiable, pseudonymised or anonymised",
    }),
    coversByRule: checkbox,
    // Legal
    confidentialityBasis: optionalChoice<ConfidentialityBasis>(
      confidentialityBases,
      "Select a common law basis from the list",
    ),
    statutoryPowers: longText("Statutory powers", MEDIUM),
    // Governance
    retention: longText("Retention and disposal"),
    security: longText("Security measures"),
    dataQuality: longText("Data quality checks", MEDIUM),
    subjectRights: longText("Subject rights requests", MEDIUM),
    breachProcedure: longText("Breach procedure", MEDIUM),
    dpiaNeeded: yesNoUnknown,
    dpiaScreening: dpiaScreeningSchema,
    dpiaReference: optionalText(100, "DPIA reference must be 100 characters or fewer"),
    dpiaOutcome: optionalChoice<DpiaOutcome>(dpiaOutcomes, "Select a DPIA outcome from the list"),
    dpiaDate: day("DPIA date"),
    dpoAdvice: longText("DPO advice", MEDIUM),
    caldicott: caldicottSchema,
    // Lifecycle
    startDate: day("start date"),
    reviewDate: day("review date"),
    endDate: day("end date"),
    terminationAndReturn: longText("Termination and data return", MEDIUM),
  })
  .superRefine(checkDates);
export type AgreementDetailsInput = z.input<typeof agreementDetailsSchema>;
export type AgreementDetails = z.output<typeof agreementDetailsSchema>;

const optionalId = (message: string) =>
  z
    .union([z.uuid(message), z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null);

/** A new agreement: blank, from a template, or a copy of one the person may edit. */
export const newAgreementSchema = z
  .object({
    start: z.enum(["blank", "template", "copy"], {
      message: "Select how to start the agreement",
    }),
    title: singleLine(200, "Enter the agreement's title", "Title must be 200 characters or fewer"),
    type: z
      .union([z.enum(tuple<AgreementType>(agreementTypes)), z.literal(""), z.null()])
      .optional()
      .transform((value) => value || null),
    templateId: optionalId("Select a template"),
    sourceId: optionalId("Select the agreement to copy"),
    organisationId: optionalId("Select the organisation you draft it for"),
  })
  .superRefine((value, context) => {
    const need = (
      field: "type" | "templateId" | "sourceId" | "organisationId",
      message: string,
    ) => {
      if (!value[field]) context.addIssue({ code: "custom", path: [field], message });
    };
    if (value.start === "blank") need("type", "Select the type of agreement");
    if (value.start === "template") need("templateId", "Select a template");
    if (value.start === "copy") need("sourceId", "Select the agreement to copy");
    else need("organisationId", "Select the organisation you draft it for");
  })
  .transform((value) =>
    value.start === "copy"
      ? { start: "copy" as const, title: value.title, sourceId: value.sourceId ?? "" }
      : value.start === "template"
        ? {
            start: "template" as const,
            title: value.title,
            templateId: value.templateId ?? "",
            organisationId: value.organisationId ?? "",
          }
        : {
            start: "blank" as const,
            title: value.title,
            type: value.type ?? "DATA_SHARING_AGREEMENT",
            organisationId: value.organisationId ?? "",
          },
  );
export type NewAgreementInput = z.input<typeof newAgreementSchema>;

/** One party to an agreement, before the Schedule 1 rule. */
export const partyFieldsSchema = z.object({
  organisationId: z.uuid("Select the organisation"),
  controllerRole: z.enum(tuple<PartyControllerRole>(controllerRoles), {
    message: "Select whether the party is a controller, joint controller or processor",
  }),
  direction: z.enum(tuple<PartyDirection>(directions), {
    message: "Select whether the party provides or receives data, or both",
  }),
  contactName: singleLine(200, null, "Contact name must be 200 characters or fewer"),
  contactEmail: z.union([
    z.literal(""),
    text()
      .trim()
      .toLowerCase()
      .pipe(z.email("Enter the contact's email address, like name@example.nhs.uk").max(254)),
  ]),
  dpoName: singleLine(200, null, "DPO name must be 200 characters or fewer"),
  dpoEmail: z.union([
    z.literal(""),
    text()
      .trim()
      .toLowerCase()
      .pipe(z.email("Enter the DPO's email address, like dpo@example.nhs.uk").max(254)),
  ]),
  signatoryId: z
    .union([z.uuid("Select who signs for the party"), z.literal(""), z.null()])
    .optional()
    .transform((value) => value || null),
  article6Basis: optionalChoice<Article6Basis>(
    article6Bases,
    "Select an Article 6 basis from the list",
  ),
  article9Condition: optionalChoice<Article9Condition>(
    article9Conditions,
    "Select an Article 9 condition from the list",
  ),
  schedule1Condition: optionalText(200, "Schedule 1 condition must be 200 characters or fewer"),
  privacyNoticeUpdated: checkbox,
});

/** One party to an agreement. */
export const partySchema = partyFieldsSchema.superRefine((party, context) => {
  if (
    party.article9Condition &&
    needsSchedule1.includes(party.article9Condition) &&
    !party.schedule1Condition
  ) {
    context.addIssue({
      code: "custom",
      path: ["schedule1Condition"],
      message: "Enter the DPA 2018 Schedule 1 condition that Article 9(2)(g) to (j) needs",
    });
  }
});
export type PartyInput = z.input<typeof partySchema>;
export type PartyDetails = z.output<typeof partySchema>;

/** The data categories an agreement covers. */
export const dataCategoriesSchema = z.object({
  dataCategoryIds: z
    .array(z.uuid("Select kinds of data from the list"))
    .max(200, "Select 200 kinds of data or fewer")
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type DataCategoriesInput = z.input<typeof dataCategoriesSchema>;

/** The pathway flows an agreement says it covers. */
export const coveredFlowsSchema = z.object({
  flowIds: z
    .array(z.uuid("Select flows from the list"))
    .max(2000, "Select 2,000 flows or fewer")
    .default([])
    .transform((ids) => [...new Set(ids)]),
});
export type CoveredFlowsInput = z.input<typeof coveredFlowsSchema>;

const reason = (missing: string) =>
  requiredText(2000, missing, "Reason must be 2,000 characters or fewer");

/** Sending back to draft needs a reason. */
export const returnToDraftSchema = z.object({
  reason: reason("Enter why the agreement goes back to draft"),
});
export const terminateSchema = z.object({
  reason: reason("Enter why the agreement ends early"),
});
export const supersedeSchema = z.object({
  reason: reason("Enter why the agreement is superseded"),
  supersededByReference: z
    .union([z.literal(""), referenceSchema])
    .optional()
    .transform((value) => value || null),
});
export type ReasonInput = z.input<typeof returnToDraftSchema>;
export type SupersedeInput = z.input<typeof supersedeSchema>;

const versionHash = z
  .string({ message: "The version you signed is missing: open the agreement again" })
  .regex(/^[0-9a-f]{64}$/, "The version you signed is missing: open the agreement again");

/** Signing: the version shown, the attestation ticked, the password entered again. */
export const signSchema = z.object({
  versionHash,
  attest: z.literal(true, {
    message: "Tick the statement to confirm you sign for the organisation",
  }),
  password: z
    .string({ message: "Enter your password" })
    .min(1, "Enter your password")
    .max(128, "Enter your password"),
});
export type SignInput = z.input<typeof signSchema>;

export const declineSchema = z.object({
  versionHash,
  reason: reason("Enter why your organisation declines to sign"),
});
export type DeclineInput = z.input<typeof declineSchema>;

/** The optimistic concurrency token a form was opened at. */
export const lockVersionSchema = z.coerce.number().int().min(1);

// The register, read from the address bar: anything unknown falls back to the default.

export const AGREEMENTS_PAGE_SIZE = 25;
export const agreementSorts = ["updated", "reference", "title", "status", "review"] as const;
export type AgreementSort = (typeof agreementSorts)[number];

export const agreementRegisterQuerySchema = z.object({
  q: searchText(),
  status: z.enum(tuple<AgreementStatus>(agreementStatuses)).optional().catch(undefined),
  type: z.enum(tuple<AgreementType>(agreementTypes)).optional().catch(undefined),
  party: z.uuid().optional().catch(undefined),
  reviewWithin: z.coerce.number().int().min(0).max(3650).optional().catch(undefined),
  special: z.enum(["yes", "no"]).optional().catch(undefined),
  sort: z.enum(agreementSorts).default("updated").catch("updated"),
  order: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AgreementRegisterQuery = z.infer<typeof agreementRegisterQuerySchema>;

/** Two version numbers to compare, from the address bar. */
export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});
