import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { roundSchema } from "../schemas";
import { fieldError } from "./errors";
import { requireRoundManager } from "./guards";
import { toDay } from "./phase";

/**
 * Opens a round against the framework's newest version, with an assessment for every active
 * organisation of an invited type or chosen by name. The round, its assessments and the audit
 * record are written in one transaction. Leads only.
 */
export async function openRound(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; invited: number }> {
  requireRoundManager(actor);
  const details = roundSchema.parse(input);
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    // The same lock that framework edits take: an edit made in place and a round taking that
    // version cannot interleave, so a round never answers a version that changes under it.
    await tx.$executeRaw`SELECT 1 FROM "MaturityFramework" WHERE id = ${details.frameworkId}::uuid FOR UPDATE`;
    const framework = await tx.maturityFramework.findUnique({
      where: { id: details.frameworkId },
      select: {
        id: true,
        archivedAt: true,
        versions: {
          orderBy: { number: "desc" },
          take: 1,
          select: { id: true, number: true, _count: { select: { questions: true } } },
        },
      },
    });
    const version = framework?.versions[0];
    if (!framework || !version) {
      throw fieldError("frameworkId", "Select the framework to assess against");
    }
    if (framework.archivedAt) {
      throw fieldError("frameworkId", "That framework is archived: select another");
    }
    if (version._count.questions === 0) {
      throw fieldError("frameworkId", "That framework has no questions yet: add some first");
    }

    const organisationIds = [...new Set(details.organisationIds)];
    if (organisationIds.length > 0) {
      const chosen = await tx.organisation.count({
        where: { id: { in: organisationIds }, archivedAt: null },
      });
      if (chosen !== organisationIds.length) {
        throw fieldError(
          "organisationIds",
          "One of the organisations chosen is no longer in the directory: choose again",
        );
      }
    }
    const invited = await tx.organisation.findMany({
      where: {
        archivedAt: null,
        OR: [
          ...(details.invitedTypes.length > 0 ? [{ type: { in: details.invitedTypes } }] : []),
          ...(organisationIds.length > 0 ? [{ id: { in: organisationIds } }] : []),
        ],
      },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    if (invited.length === 0) {
      throw fieldError(
        "invitedTypes",
        "No organisation in the directory is of the types chosen: invite other types or organisations",
      );
    }

    const round = await tx.assessmentRound.create({
      data: {
        name: details.name,
        frameworkVersionId: version.id,
        invitedTypes: details.invitedTypes,
        opensOn: toDay(details.opensOn),
        closesOn: toDay(details.closesOn),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await tx.assessment.createMany({
      data: invited.map((organisation) => ({
        roundId: round.id,
        organisationId: organisation.id,
      })),
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "maturity_round.opened",
      entityType: "AssessmentRound",
      entityId: round.id,
      after: {
        name: details.name,
        frameworkId: framework.id,
        frameworkVersion: version.number,
        invitedTypes: details.invitedTypes,
        organisationIds,
        opensOn: details.opensOn,
        closesOn: details.closesOn,
        assessments: invited.length,
      },
    });
    return { id: round.id, invited: invited.length };
  });
}
