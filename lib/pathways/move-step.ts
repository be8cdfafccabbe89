import "server-only";

import { z } from "zod";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { changedMeanwhile, stepNotFound } from "./errors";
import { guardIds, requireEditor } from "./guards";
import { recordPathwayChange } from "./record-pathway-change";
import { laneSchema, versionSchema } from "./schemas";
import { renumberSteps, requireLane } from "./steps";

/** Where a step goes: a place in the pathway's order (from 1) and, optionally, another lane. */
export const stepMoveSchema = z.object({
  position: z.coerce.number().int().min(1),
  lane: laneSchema("Select a lane").optional(),
  version: versionSchema,
});

/**
 * Moves a step to another place in the pathway's order, or into another lane: what the map's
 * drag and drop and the table's "move earlier" and "move later" buttons both do.
 */
export async function moveStep(
  actor: Actor,
  pathwayId: string,
  stepId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  guardIds(pathwayId, stepId);
  requireEditor(actor);
  const move = stepMoveSchema.parse(input);
  const prisma = await getPrisma();
  await prisma.$transaction(async (tx) => {
    const named = await tx.pathwayStep.findFirst({
      where: { id: stepId, pathwayId },
      select: { name: true },
    });
    if (!named) throw stepNotFound();
    // Lock the pathway before reading its order, so two moves never interleave.
    await recordPathwayChange(tx, actor, pathwayId, `Moved the step "${named.name}"`);
    const steps = await tx.pathwayStep.findMany({
      where: { pathwayId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        position: true,
        version: true,
        organisationId: true,
        organisationType: true,
      },
    });
    const step = steps.find((candidate) => candidate.id === stepId);
    if (!step) throw stepNotFound();
    if (step.version !== move.version) throw changedMeanwhile("step");

    const others = steps.filter((candidate) => candidate.id !== stepId);
    const index = Math.min(move.position, steps.length) - 1;
    const ordered = [...others.slice(0, index), step, ...others.slice(index)];
    await renumberSteps(tx, ordered);
    if (move.lane) {
      await requireLane(tx, move.lane);
      await tx.pathwayStep.update({ where: { id: stepId }, data: move.lane });
    }
    // The moved step always changes version, so a form opened before the move sees the change.
    await tx.pathwayStep.update({ where: { id: stepId }, data: { version: { increment: 1 } } });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.step_moved",
      entityType: "PathwayStep",
      entityId: stepId,
      before: {
        position: step.position,
        organisationId: step.organisationId,
        organisationType: step.organisationType,
      },
      after: { position: index + 1, ...(move.lane ?? {}) },
    });
  });
}
