import { z } from "zod";

import type { NeedImportance, NeedMet } from "@/lib/generated/prisma/enums";
import { laneSchema, optionalText, timelinessSchema, volumeSchema } from "@/lib/pathways/schemas";
import { importanceValues, needMetValues } from "@/lib/pathways/types";

/** A data need, as the form sends it. Shared by the form and the server. */
export const dataNeedSchema = z.object({
  teamOrRole: z
    .string({ message: "Enter the team or role that needs the data" })
    .trim()
    .min(1, "Enter the team or role that needs the data")
    .max(200, "Team or role must be 200 characters or fewer"),
  dataCategoryId: z.uuid("Select the kind of data needed"),
  source: laneSchema("Select the organisation, or the type of organisation, the data comes from"),
  timeliness: timelinessSchema,
  volumePerMonth: volumeSchema,
  purpose: z
    .string({ message: "Enter what the data is needed for" })
    .trim()
    .min(1, "Enter what the data is needed for")
    .max(1000, "Purpose must be 1000 characters or fewer"),
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
