import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { requireEditor } from "./guards";
import { pathwayDetailsSchema } from "./schemas";

/** Starts a draft pathway, owned by the lead who starts it. */
export async function createPathway(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  requireEditor(actor);
  const details = pathwayDetailsSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const { id } = await tx.pathway.create({
      data: { ...details, ownerId: actor.userId, revision: 1 },
      select: { id: true },
    });
    await tx.pathwayChange.create({
      data: { pathwayId: id, revision: 1, actorId: actor.userId, summary: "Started the pathway" },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "pathway.created",
      entityType: "Pathway",
      entityId: id,
      after: snapshot(details),
    });
    return { id };
  });
}
