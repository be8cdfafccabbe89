import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { maturityPolicy } from "../policy";
import { assignSchema } from "../schemas";
import { answersLockedBecause } from "./answers-locked";
import { guardAssessmentIds, lockAssessment } from "./lock-assessment";

const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });

/**
 * Gives one dimension of an assessment to a colleague in the same organisation to answer, or
 * takes it back (no assignee). The organisation's admins only, while answers may still change.
 */
export async function assignSection(
  actor: Actor,
  assessmentId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ assigneeId: string | null }> {
  guardAssessmentIds(assessmentId);
  const { dimensionId, assigneeId } = assignSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, actor, assessmentId);
    if (!maturityPolicy.canAssign(actor, assessment.organisationId)) {
      throw new AppError(
        "FORBIDDEN",
        "Only the organisation's admins give sections of its assessment to colleagues.",
      );
    }
    const locked = answersLockedBecause(assessment.status, assessment.round);
    if (locked) throw new AppError("CONFLICT", locked);
    const dimension = await tx.frameworkDimension.findFirst({
      where: { id: dimensionId, versionId: assessment.round.frameworkVersionId },
      select: { id: true, key: true },
    });
    if (!dimension) throw fieldError("dimensionId", "That section is not part of this assessment");
    if (assigneeId !== null) {
      const membership = await tx.membership.findFirst({
        where: {
          organisationId: assessment.organisationId,
          userId: assigneeId,
          user: { disabledAt: null },
        },
        select: { id: true },
      });
      if (!membership) {
        throw fieldError("assigneeId", `Choose someone in ${assessment.organisation.name}`);
      }
    }
    const where = { assessmentId_dimensionId: { assessmentId, dimensionId } };
    const before = await tx.sectionAssignment.findUnique({ where, select: { assigneeId: true } });
    if (assigneeId === null) {
      if (before) await tx.sectionAssignment.delete({ where });
    } else {
      await tx.sectionAssignment.upsert({
        where,
        create: { assessmentId, dimensionId, assigneeId },
        update: { assigneeId },
      });
    }
    await recordAuditEvent(tx, actorContext(actor, context, assessment.organisationId), {
      action:
        assigneeId === null
          ? "maturity_assessment.section_cleared"
          : "maturity_assessment.section_assigned",
      entityType: "Assessment",
      entityId: assessmentId,
      before: { dimension: dimension.key, assigneeId: before?.assigneeId ?? null },
      after: { dimension: dimension.key, assigneeId },
    });
    return { assigneeId };
  });
}
