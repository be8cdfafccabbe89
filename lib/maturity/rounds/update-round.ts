import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { dayValue } from "../labels";
import { roundChangeSchema } from "../schemas";
import { roundNotFound, staleRound } from "./errors";
import { guardRoundIds, requireRoundManager } from "./guards";
import { toDay } from "./phase";

/**
 * Changes a round's name and dates. `version` in the input is the one the form was opened at: if
 * someone changed the round since, nothing changes and the answer is a CONFLICT. Leads only.
 */
export async function updateRound(
  actor: Actor,
  roundId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ version: number }> {
  guardRoundIds(roundId);
  requireRoundManager(actor);
  const { version, ...details } = roundChangeSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const current = await tx.assessmentRound.findUnique({
      where: { id: roundId },
      select: { name: true, opensOn: true, closesOn: true, version: true },
    });
    if (!current) throw roundNotFound();
    if (current.version !== version) throw staleRound();
    const { count } = await tx.assessmentRound.updateMany({
      where: { id: roundId, version },
      data: {
        name: details.name,
        opensOn: toDay(details.opensOn),
        closesOn: toDay(details.closesOn),
        version: { increment: 1 },
      },
    });
    if (count !== 1) throw staleRound();
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "maturity_round.updated",
      entityType: "AssessmentRound",
      entityId: roundId,
      before: {
        name: current.name,
        opensOn: dayValue(current.opensOn),
        closesOn: dayValue(current.closesOn),
        version: current.version,
      },
      after: { ...details, version: version + 1 },
    });
    return { version: version + 1 };
  });
}
