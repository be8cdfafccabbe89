import { z } from "zod";

import { text } from "@/lib/validation/text";

import type {
  FlowMechanism,
  FlowState,
  OrganisationType,
  Timeliness,
} from "@/lib/generated/prisma/enums";
import { organisationTypes } from "@/lib/organisations/types";

import type { PathwayContent } from "../content";
import { flowStates, mechanisms, timelinessValues } from "../types";

// A pathway as a JSON file that the platform imports again, here or in another coalition's
// platform. Records are named by keys within the file, never by database ids; organisations by
// ODS code and name, data categories by name. The version says which shape the file has: a
// later shape gets a new number, and the import says which numbers it reads.

export const PATHWAY_FILE_FORMAT = "coalition-pathway";
export const PATHWAY_FILE_VERSION = 1;

/** The largest file the import reads, and the most steps and flows. */
export const MAX_PATHWAY_FILE_BYTES = 1024 * 1024;
export const MAX_IMPORTED_STEPS = 500;
export const MAX_IMPORTED_FLOWS = 2000;

const key = text().trim().min(1).max(100);
// The fields' own rules (lengths, required text) are the forms' rules, applied by the import.
const fileText = text().max(10_000);
const nullableText = fileText.nullable().optional();

const laneFileSchema = z.object({
  key,
  organisation: z
    .object({
      odsCode: text().max(20).nullable().optional(),
      name: text().max(300),
      type: z.enum(organisationTypes as [OrganisationType, ...OrganisationType[]]).optional(),
    })
    .nullable(),
  organisationType: z.enum(organisationTypes as [OrganisationType, ...OrganisationType[]]),
});

const stepFileSchema = z.object({
  key,
  name: fileText,
  performerRole: fileText,
  setting: nullableText,
  description: nullableText,
  lane: key,
});

const flowFileSchema = z.object({
  from: key,
  to: key,
  dataCategories: z.array(text().max(200)).max(50),
  purpose: fileText,
  timeliness: z.enum(timelinessValues as [Timeliness, ...Timeliness[]]),
  volumePerMonth: z.number().int().min(0).nullable().optional(),
  mechanism: z.enum(mechanisms as [FlowMechanism, ...FlowMechanism[]]),
  standard: nullableText,
  currentState: z.enum(flowStates as [FlowState, ...FlowState[]]),
  senderHoldsDigitally: z.boolean().nullable().optional(),
  receiverCanTakeIn: z.boolean().nullable().optional(),
  notes: nullableText,
});

const unique = (keys: string[]) => new Set(keys).size === keys.length;

/** The file's shape: what the import reads before it applies the forms' own rules. */
export const pathwayFileSchema = z
  .object({
    format: z.literal(PATHWAY_FILE_FORMAT),
    version: z.literal(PATHWAY_FILE_VERSION),
    pathway: z.object({ name: fileText, population: fileText, purpose: fileText }),
    lanes: z.array(laneFileSchema).max(MAX_IMPORTED_STEPS),
    steps: z
      .array(stepFileSchema)
      .max(MAX_IMPORTED_STEPS, `A pathway file may have at most ${MAX_IMPORTED_STEPS} steps`),
    flows: z
      .array(flowFileSchema)
      .max(MAX_IMPORTED_FLOWS, `A pathway file may have at most ${MAX_IMPORTED_FLOWS} flows`),
  })
  .superRefine((file, context) => {
    if (!unique(file.lanes.map((lane) => lane.key))) {
      context.addIssue({ code: "custom", path: ["lanes"], message: "Two lanes share a key" });
    }
    if (!unique(file.steps.map((step) => step.key))) {
      context.addIssue({ code: "custom", path: ["steps"], message: "Two steps share a key" });
    }
    const lanes = new Set(file.lanes.map((lane) => lane.key));
    file.steps.forEach((step, index) => {
      if (!lanes.has(step.lane)) {
        context.addIssue({
          code: "custom",
          path: ["steps", index, "lane"],
          message: `Step ${index + 1} names a lane the file does not have: "${step.lane}"`,
        });
      }
    });
    const steps = new Set(file.steps.map((step) => step.key));
    file.flows.forEach((flow, index) => {
      for (const end of ["from", "to"] as const) {
        if (!steps.has(flow[end])) {
          context.addIssue({
            code: "custom",
            path: ["flows", index, end],
            message: `Flow ${index + 1} names a step the file does not have: "${flow[end]}"`,
          });
        }
      }
    });
  });

export type PathwayFile = z.output<typeof pathwayFileSchema>;

/** A pathway's content as a pathway file. */
export function pathwayToFile(content: PathwayContent): PathwayFile {
  const laneKeys = new Map(content.lanes.map((lane, index) => [lane.key, `lane-${index + 1}`]));
  const steps = [...content.steps].sort((a, b) => a.position - b.position);
  const stepKeys = new Map(steps.map((step, index) => [step.id, `step-${index + 1}`]));
  return {
    format: PATHWAY_FILE_FORMAT,
    version: PATHWAY_FILE_VERSION,
    pathway: { name: content.name, population: content.population, purpose: content.purpose },
    lanes: content.lanes.map((lane) => ({
      key: laneKeys.get(lane.key) as string,
      organisation: lane.organisationId
        ? { odsCode: lane.odsCode, name: lane.label, type: lane.organisationType }
        : null,
      organisationType: lane.organisationType,
    })),
    steps: steps.map((step) => ({
      key: stepKeys.get(step.id) as string,
      name: step.name,
      performerRole: step.performerRole,
      setting: step.setting,
      description: step.description,
      lane: laneKeys.get(step.laneKey) as string,
    })),
    flows: content.flows.flatMap((flow) => {
      const from = stepKeys.get(flow.fromStepId);
      const to = stepKeys.get(flow.toStepId);
      if (!from || !to) return [];
      return [
        {
          from,
          to,
          dataCategories: flow.categories.map((category) => category.name),
          purpose: flow.purpose,
          timeliness: flow.timeliness,
          volumePerMonth: flow.volumePerMonth,
          mechanism: flow.mechanism,
          standard: flow.standard,
          currentState: flow.currentState,
          senderHoldsDigitally: flow.senderHoldsDigitally,
          receiverCanTakeIn: flow.receiverCanTakeIn,
          notes: flow.notes,
        },
      ];
    }),
  };
}

/** The file's text: indented, so that it reads and compares well. */
export const pathwayFileJson = (content: PathwayContent) =>
  `${JSON.stringify(pathwayToFile(content), null, 2)}\n`;
