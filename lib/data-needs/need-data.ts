import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canUseStep } from "@/lib/pathways/readable-steps";

import type { DataNeedDetails } from "./schemas";

// The fields people record about a data need, how a form's details become a row, and the check
// that what they point at exists.

/** The fields of a data need that people record, and that its audit records hold. */
export const needFields = {
  teamOrRole: true,
  dataCategoryId: true,
  sourceOrganisationId: true,
  sourceOrganisationType: true,
  timeliness: true,
  volumePerMonth: true,
  purpose: true,
  decision: true,
  importance: true,
  metToday: true,
  pathwayStepId: true,
} as const satisfies Prisma.DataNeedSelect;

/** A form's details as the columns they are stored in. */
export function needData({ source, ...details }: DataNeedDetails) {
  return {
    ...details,
    sourceOrganisationId: source.organisationId,
    sourceOrganisationType: source.organisationType,
  };
}

/**
 * Checks that what the details point at exists (the data category, the source organisation when
 * it is one, the pathway step), answering with field errors the form shows beside each field.
 * The step must belong to a pathway the actor may read: a draft stays out of sight.
 */
export async function checkReferences(
  tx: DbTransaction,
  actor: Actor,
  details: DataNeedDetails,
): Promise<void> {
  const [category, source, step] = await Promise.all([
    tx.dataCategory.findUnique({ where: { id: details.dataCategoryId }, select: { id: true } }),
    details.source.organisationId
      ? tx.organisation.findFirst({
          where: { id: details.source.organisationId, archivedAt: null },
          select: { id: true },
        })
      : Promise.resolve({ id: "type" }),
    details.pathwayStepId ? canUseStep(actor, tx, details.pathwayStepId) : Promise.resolve(true),
  ]);
  const fieldErrors: Record<string, string[]> = {};
  if (!category) fieldErrors.dataCategoryId = ["Select the kind of data needed"];
  if (!source) {
    fieldErrors.source = [
      "Select the organisation, or the type of organisation, the data comes from",
    ];
  }
  if (!step) fieldErrors.pathwayStepId = ["Select a pathway step from the list, or none"];
  if (Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION", "Check the highlighted fields.", fieldErrors);
  }
}
