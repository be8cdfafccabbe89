import { z } from "zod";

import { optionalText, requiredText, text } from "@/lib/validation/text";

import type {
  FlowMechanism,
  FlowState,
  OrganisationType,
  Timeliness,
} from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";
import { isId } from "@/lib/validation/ids";

import { flowStates, mechanisms, timelinessValues } from "./types";

// The pathway forms' rules, shared by each form and the server that receives it.

/**
 * Who does a step or holds the data: one organisation ("org:<id>"), or any organisation of a
 * type ("type:GP_PRACTICE"). Forms offer both in one list; the server stores one of the two.
 */
export type Lane =
  | { organisationId: string; organisationType: null }
  | { organisationId: null; organisationType: OrganisationType };

export const laneKey = (lane: {
  organisationId: string | null;
  organisationType: OrganisationType | null;
}) => (lane.organisationId ? `org:${lane.organisationId}` : `type:${lane.organisationType}`);

export const laneSchema = (missing: string) =>
  text(missing).transform((value, context): Lane => {
    const [kind, rest = ""] = value.split(/:(.*)/s);
    if (kind === "org" && isId(rest)) {
      return { organisationId: rest, organisationType: null };
    }
    if (kind === "type" && (organisationTypes as string[]).includes(rest)) {
      return { organisationId: null, organisationType: rest as OrganisationType };
    }
    context.addIssue({ code: "custom", message: missing });
    return z.NEVER;
  });

export const timelinessSchema = z.enum(timelinessValues as [Timeliness, ...Timeliness[]], {
  message: "Select how soon the data is needed",
});

/** Records per month: blank for not known, otherwise a whole number from 0. */
export const volumeSchema = z
  .union([text(), z.number()])
  .nullish()
  .transform((value, context) => {
    const text = String(value ?? "")
      .trim()
      .replace(/,/g, "");
    if (text === "") return null;
    const number = Number(text);
    if (!/^\d+$/.test(text) || !Number.isSafeInteger(number) || number > 100_000_000) {
      context.addIssue({
        code: "custom",
        message: "Enter the number of records a month as a whole number, like 120",
      });
      return z.NEVER;
    }
    return number;
  });

/** A pathway's own details. */
export const pathwayDetailsSchema = z.object({
  name: requiredText(200, "Enter the pathway's name", "Name must be 200 characters or fewer"),
  population: requiredText(
    300,
    "Enter the population or condition the pathway serves",
    "Population must be 300 characters or fewer",
  ),
  purpose: requiredText(
    2000,
    "Enter the pathway's purpose",
    "Purpose must be 2000 characters or fewer",
  ),
});
export type PathwayDetailsInput = z.input<typeof pathwayDetailsSchema>;
export type PathwayDetails = z.output<typeof pathwayDetailsSchema>;

/** A step of a pathway. */
export const stepSchema = z.object({
  name: requiredText(200, "Enter the step's name", "Name must be 200 characters or fewer"),
  lane: laneSchema("Select the organisation, or the type of organisation, that does this step"),
  performerRole: requiredText(
    200,
    "Enter the role that does this step, like district nurse",
    "Role must be 200 characters or fewer",
  ),
  setting: optionalText(200, "Setting must be 200 characters or fewer"),
  description: optionalText(2000, "Description must be 2000 characters or fewer"),
});
export type StepInput = z.input<typeof stepSchema>;
export type StepDetails = z.output<typeof stepSchema>;

/** Yes, no or not known, as radios send it. */
const knownSchema = z
  .enum(["yes", "no", "unknown"], { message: "Select yes, no or not known" })
  .transform((value) => (value === "unknown" ? null : value === "yes"));

/** An information flow between two steps. */
export const flowSchema = z
  .object({
    fromStepId: z.uuid("Select the step that sends the data"),
    toStepId: z.uuid("Select the step that receives the data"),
    dataCategoryIds: z
      .array(z.uuid(), { message: "Select at least one kind of data" })
      .min(1, "Select at least one kind of data")
      .max(50, "Select 50 kinds of data or fewer")
      .transform((ids) => [...new Set(ids)]),
    purpose: requiredText(
      1000,
      "Enter what the data is for",
      "Purpose must be 1000 characters or fewer",
    ),
    timeliness: timelinessSchema,
    volumePerMonth: volumeSchema,
    mechanism: z.enum(mechanisms as [FlowMechanism, ...FlowMechanism[]], {
      message: "Select how the data is shared",
    }),
    standard: optionalText(200, "Standard must be 200 characters or fewer"),
    currentState: z.enum(flowStates as [FlowState, ...FlowState[]], {
      message: "Select how the flow happens today",
    }),
    senderHoldsDigitally: knownSchema,
    receiverCanTakeIn: knownSchema,
    notes: optionalText(2000, "Notes must be 2000 characters or fewer"),
  })
  .refine((flow) => flow.fromStepId !== flow.toStepId, {
    path: ["toStepId"],
    message: "A flow must go to a different step from the one that sends it",
    // Said alongside the form's other errors, not only once they are fixed.
    when: ({ value }) => {
      const ends = value as { fromStepId?: unknown; toStepId?: unknown };
      return typeof ends.fromStepId === "string" && ends.fromStepId !== "";
    },
  });
export type FlowInput = z.input<typeof flowSchema>;
export type FlowDetails = z.output<typeof flowSchema>;

/** A data category that leads add to the vocabulary. */
export const dataCategorySchema = z.object({
  name: requiredText(100, "Enter the kind of data", "Name must be 100 characters or fewer"),
  description: optionalText(500, "Description must be 500 characters or fewer"),
});
export type DataCategoryInput = z.input<typeof dataCategorySchema>;

/** The version a form was opened at, sent back so a change made meanwhile is never overwritten. */
export const versionSchema = z.coerce.number().int().min(1);
