import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";

import { frameworkDetailsSchema } from "../schemas";
import { nameTaken } from "./errors";
import { requireFreeName, requireManager } from "./guards";

/** Starts a framework with an empty version 1, to which the lead then adds dimensions. */
export async function createFramework(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  requireManager(actor);
  const details = frameworkDetailsSchema.parse(input);
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      await requireFreeName(tx, details.name);
      const framework = await tx.maturityFramework.create({
        data: { ...details, versions: { create: { number: 1 } } },
        select: { id: true, versions: { select: { id: true } } },
      });
      await recordAuditEvent(tx, actorContext(actor, context), {
        action: "maturity_framework.created",
        entityType: "MaturityFramework",
        entityId: framework.id,
        after: snapshot({ ...details, versionId: framework.versions[0]?.id, number: 1 }),
      });
      return { id: framework.id };
    });
  } catch (error) {
    // Two leads naming two frameworks the same at the same moment.
    if (isUniqueViolation(error)) throw nameTaken();
    throw error;
  }
}
