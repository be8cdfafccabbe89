import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { AppError } from "@/lib/errors";

import type { FlowDetails } from "./schemas";

// What the flow functions share.

export const flowFields = {
  fromStepId: true,
  toStepId: true,
  purpose: true,
  timeliness: true,
  volumePerMonth: true,
  mechanism: true,
  standard: true,
  currentState: true,
  senderHoldsDigitally: true,
  receiverCanTakeIn: true,
  notes: true,
  categories: { select: { dataCategoryId: true } },
} as const;

/** Both ends must be steps of this pathway, and every data category must exist. */
export async function requireFlowReferences(
  tx: DbTransaction,
  pathwayId: string,
  flow: FlowDetails,
): Promise<{ from: string; to: string }> {
  const [steps, categories] = await Promise.all([
    tx.pathwayStep.findMany({
      where: { pathwayId, id: { in: [flow.fromStepId, flow.toStepId] } },
      select: { id: true, name: true },
    }),
    tx.dataCategory.count({ where: { id: { in: flow.dataCategoryIds } } }),
  ]);
  const from = steps.find((step) => step.id === flow.fromStepId);
  const to = steps.find((step) => step.id === flow.toStepId);
  const fieldErrors: Record<string, string[]> = {};
  if (!from) fieldErrors.fromStepId = ["Select a step of this pathway that sends the data"];
  if (!to) fieldErrors.toStepId = ["Select a step of this pathway that receives the data"];
  if (categories !== flow.dataCategoryIds.length) {
    fieldErrors.dataCategoryIds = ["Select kinds of data from the list"];
  }
  if (!from || !to || Object.keys(fieldErrors).length > 0) {
    throw new AppError("VALIDATION", "Check the flow's steps and kinds of data.", fieldErrors);
  }
  return { from: from.name, to: to.name };
}

/** The flow's columns, without its data categories. */
export const flowData = ({ dataCategoryIds: _categories, ...columns }: FlowDetails) => columns;
