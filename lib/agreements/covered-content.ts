import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pathwayPolicy } from "@/lib/pathways/policy";

import { findEditableAgreement, findReadableAgreement, partyOrganisationIds } from "./access";
import { type Db, inTransaction } from "./db";
import { cannotEditAgreement, fieldRefusal } from "./errors";
import { agreementPolicy } from "./policy";
import { coveredFlowsSchema, dataCategoriesSchema, lockVersionSchema } from "./schemas";
import { afterContentChange } from "./versions";

// What an agreement covers: the kinds of data (the coalition's data categories) and the pathway
// flows it names.

/** The flows of the pathways a person may read: published ones, and drafts for leads. */
export const readableFlowsWhere = (actor: Actor): Prisma.InformationFlowWhereInput => ({
  pathway: pathwayPolicy.canSeeDrafts(actor)
    ? { status: { not: "ARCHIVED" } }
    : { status: "PUBLISHED" },
});

/** Sets the data categories the agreement covers; unknown ids change nothing. */
export async function setDataCategories(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  openedLockVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  const { dataCategoryIds } = dataCategoriesSchema.parse(input);
  const lockVersion = lockVersionSchema.parse(openedLockVersion);
  await inTransaction(db, async (tx) => {
    const agreement = await findEditableAgreement(tx, actor, agreementId, lockVersion);
    const known = await tx.dataCategory.count({ where: { id: { in: dataCategoryIds } } });
    if (known !== dataCategoryIds.length) {
      throw fieldRefusal("dataCategoryIds", "Select kinds of data from the list");
    }
    const before = await tx.agreementDataCategory.findMany({
      where: { agreementId: agreement.id },
      select: { dataCategoryId: true },
    });
    await tx.agreementDataCategory.deleteMany({ where: { agreementId: agreement.id } });
    await tx.agreementDataCategory.createMany({
      data: dataCategoryIds.map((dataCategoryId) => ({
        agreementId: agreement.id,
        dataCategoryId,
      })),
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "agreement.data_categories_set",
      entityType: "Agreement",
      entityId: agreement.id,
      before: { dataCategoryIds: before.map((row) => row.dataCategoryId) },
      after: { dataCategoryIds },
    });
    await afterContentChange(tx, actor, context, agreement.id, "data categories");
  });
}

/**
 * Sets the flows the agreement says it covers: only flows of pathways the person may read;
 * flows already listed stay if their pathway has since become unreadable to this person.
 */
export async function setCoveredFlows(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  openedLockVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  const { flowIds } = coveredFlowsSchema.parse(input);
  const lockVersion = lockVersionSchema.parse(openedLockVersion);
  await inTransaction(db, async (tx) => {
    const agreement = await findEditableAgreement(tx, actor, agreementId, lockVersion);
    const before = (
      await tx.agreementFlow.findMany({
        where: { agreementId: agreement.id },
        select: { flowId: true },
      })
    ).map((row) => row.flowId);
    const readable = new Set(
      (
        await tx.informationFlow.findMany({
          where: { AND: [{ id: { in: flowIds } }, readableFlowsWhere(actor)] },
          select: { id: true },
        })
      ).map((flow) => flow.id),
    );
    const kept = before.filter((id) => flowIds.includes(id));
    if (flowIds.some((id) => !readable.has(id) && !kept.includes(id))) {
      throw fieldRefusal("flowIds", "Select flows from the list");
    }
    await tx.agreementFlow.deleteMany({ where: { agreementId: agreement.id } });
    await tx.agreementFlow.createMany({
      data: flowIds.map((flowId) => ({ agreementId: agreement.id, flowId })),
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "agreement.flows_set",
      entityType: "Agreement",
      entityId: agreement.id,
      before: { flowIds: before },
      after: { flowIds },
    });
    await afterContentChange(tx, actor, context, agreement.id, "flows");
  });
}

/** The kinds of data and flows an editor chooses from, and what the agreement holds now. */
export async function coveredContentOptions(db: Db, actor: Actor, agreementId: string) {
  return inTransaction(db, async (tx: DbTransaction) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    if (!agreementPolicy.canEdit(actor, partyOrganisationIds(agreement)))
      throw cannotEditAgreement();
    const [categories, chosenCategories, flows, chosenFlows] = await Promise.all([
      tx.dataCategory.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
      tx.agreementDataCategory.findMany({
        where: { agreementId: agreement.id },
        select: { dataCategoryId: true },
      }),
      tx.informationFlow.findMany({
        where: readableFlowsWhere(actor),
        orderBy: [{ pathway: { name: "asc" } }, { createdAt: "asc" }],
        take: 2000,
        select: {
          id: true,
          purpose: true,
          pathway: { select: { id: true, name: true } },
          fromStep: {
            select: {
              name: true,
              organisation: { select: { name: true } },
              organisationType: true,
            },
          },
          toStep: {
            select: {
              name: true,
              organisation: { select: { name: true } },
              organisationType: true,
            },
          },
        },
      }),
      tx.agreementFlow.findMany({ where: { agreementId: agreement.id }, select: { flowId: true } }),
    ]);
    return {
      agreement,
      categories,
      chosenCategoryIds: chosenCategories.map((row) => row.dataCategoryId),
      flows,
      chosenFlowIds: chosenFlows.map((row) => row.flowId),
    };
  });
}
