import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { followRecord } from "@/lib/commitments/follow";

import { readDraftContent } from "./content";
import { pathwayNotFound } from "./errors";
import { guardIds, requireEditor } from "./guards";

/**
 * Publishes the working draft as the next version: everyone then reads that version while
 * leads go on editing the draft. Publishing a draft with no changes since the last version is
 * refused, so the version history means something.
 */
export async function publishPathway(
  actor: Actor,
  pathwayId: string,
  context: AuditContext = {},
): Promise<{ number: number }> {
  guardIds(pathwayId);
  requireEditor(actor);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Pathway" WHERE id = ${pathwayId}::uuid FOR UPDATE`;
    const pathway = await tx.pathway.findUnique({
      where: { id: pathwayId },
      select: {
        id: true,
        name: true,
        population: true,
        purpose: true,
        status: true,
        revision: true,
        publishedRevision: true,
        _count: { select: { steps: true, versions: true } },
      },
    });
    if (!pathway) throw pathwayNotFound();
    if (pathway.status === "ARCHIVED") {
      throw new AppError("CONFLICT", "This pathway is archived. Restore it before publishing it.");
    }
    if (pathway.publishedRevision === pathway.revision) {
      throw new AppError("CONFLICT", "Nothing has changed since the last published version.");
    }
    if (pathway._count.steps === 0) {
      throw new AppError("VALIDATION", "Add at least one step before publishing the pathway.");
    }
    const content = await readDraftContent(tx, pathway);
    const number = pathway._count.versions + 1;
    await tx.pathwayVersion.create({
      data: {
        pathwayId,
        number,
        revision: pathway.revision,
        snapshot: snapshot(content),
        publishedById: actor.userId,
      },
    });
    await tx.pathway.update({
      where: { id: pathwayId },
      data: { status: "PUBLISHED", publishedRevision: pathway.revision },
    });
    // Commitments to publish it follow it, in the same transaction.
    await followRecord(tx, { kind: "pathway", id: pathwayId });
    await tx.pathwayChange.create({
      data: {
        pathwayId,
        revision: pathway.revision,
        actorId: actor.userId,
        summary: `Published version ${number}`,
      },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.published",
      entityType: "Pathway",
      entityId: pathwayId,
      after: { number, revision: pathway.revision },
    });
    return { number };
  });
}
