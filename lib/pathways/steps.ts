import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { AppError } from "@/lib/errors";

import { type Lane, laneKey } from "./schemas";

// What the step functions share.

export const stepFields = {
  name: true,
  performerRole: true,
  setting: true,
  description: true,
  organisationId: true,
  organisationType: true,
  position: true,
} as const;

const laneMissing = () =>
  new AppError("VALIDATION", "Select an organisation in the coalition.", {
    lane: ["Select an organisation in the coalition"],
  });

/** A step's lane must be an organisation in the coalition, or a type. */
export async function requireLane(tx: DbTransaction, lane: Lane): Promise<void> {
  if (!lane.organisationId) return;
  const organisation = await tx.organisation.findFirst({
    where: { id: lane.organisationId, archivedAt: null },
    select: { id: true },
  });
  if (!organisation) throw laneMissing();
}

/** Gives the pathway's steps the positions 1..n in the order given, touching only those that move. */
export async function renumberSteps(
  tx: DbTransaction,
  ordered: { id: string; position: number }[],
): Promise<void> {
  const moves = ordered
    .map((step, index) => ({ ...step, next: index + 1 }))
    .filter((step) => step.position !== step.next);
  if (moves.length === 0) return;
  // One statement, so no step is ever updated one by one (and no N+1 on long pathways).
  const ids = moves.map((move) => move.id);
  const positions = moves.map((move) => move.next);
  await tx.$executeRaw`
    UPDATE "PathwayStep" AS step SET position = moved.position, version = step.version + 1
      FROM unnest(${ids}::uuid[], ${positions}::int[]) AS moved(id, position)
     WHERE step.id = moved.id`;
}

export { laneKey };
