import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

import { findReadableAgreement, partyOrganisationIds } from "./access";
import { type Db, inTransaction } from "./db";
import { blankDetails, detailsData } from "./details-data";
import { cannotCreateAgreements, fieldRefusal } from "./errors";
import { agreementPolicy } from "./policy";
import { agreementDetailsSchema, newAgreementSchema } from "./schemas";
import { templateContentSchema } from "./templates";

// Held while a reference is chosen, so that two new agreements never get the same one.
const REFERENCE_LOCK_KEY = 2_026_120_612;

/** The next free reference of the year: DSA-2026-0001, DSA-2026-0002, ... */
export async function nextReference(db: DbTransaction, now = new Date()): Promise<string> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(${REFERENCE_LOCK_KEY})`;
  const prefix = `DSA-${now.getUTCFullYear()}-`;
  const taken = await db.agreement.findMany({
    where: { reference: { startsWith: prefix } },
    select: { reference: true },
  });
  const highest = taken.reduce((max, { reference }) => {
    const number = /^\d{4}$/.test(reference.slice(prefix.length))
      ? Number(reference.slice(prefix.length))
      : 0;
    return Math.max(max, number);
  }, 0);
  return `${prefix}${String(highest + 1).padStart(4, "0")}`;
}

async function requireDraftingOrganisation(
  db: DbTransaction,
  actor: Actor,
  organisationId: string,
) {
  const allowed = agreementPolicy.draftingOrganisations(actor);
  if (allowed && !allowed.includes(organisationId)) {
    throw new AppError(
      "FORBIDDEN",
      "You can draft agreements only for organisations you act for as their information governance lead or admin.",
    );
  }
  const organisation = await db.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: { id: true },
  });
  if (!organisation) throw fieldRefusal("organisationId", "Select an organisation from the list");
}

/**
 * Starts an agreement: blank or from a template, with the drafting organisation as its first
 * party, or as a copy of one the person may edit (its parties, data and flows, not its
 * signatures). Its reference is the next free one of the year.
 */
export async function createAgreement(
  db: Db,
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string; reference: string }> {
  if (!agreementPolicy.canCreate(actor)) throw cannotCreateAgreements();
  const request = newAgreementSchema.parse(input);
  return inTransaction(db, async (tx) => {
    const reference = await nextReference(tx);
    let created: { id: string; reference: string };
    let origin: Record<string, string> = { start: request.start };
    if (request.start === "copy") {
      const source = await findReadableAgreement(tx, actor, request.sourceId);
      if (!agreementPolicy.canEdit(actor, partyOrganisationIds(source))) {
        throw new AppError(
          "FORBIDDEN",
          "You can copy only agreements your organisation is a party to.",
        );
      }
      const {
        id: _id,
        parties,
        createdAt: _createdAt,
        updatedAt: _updatedAt,
        supersededById: _supersededById,
        statusReason: _statusReason,
        status: _status,
        versionNumber: _versionNumber,
        lockVersion: _lockVersion,
        published: _published,
        createdById: _createdById,
        dpiaScreening,
        caldicott,
        ...details
      } = source;
      const [categories, flows] = await Promise.all([
        tx.agreementDataCategory.findMany({ where: { agreementId: source.id } }),
        tx.agreementFlow.findMany({ where: { agreementId: source.id } }),
      ]);
      created = await tx.agreement.create({
        data: {
          ...details,
          dpiaScreening: dpiaScreening ?? [],
          caldicott: caldicott ?? [],
          reference,
          title: request.title,
          createdById: actor.userId,
          parties: {
            create: parties.map(({ id: _partyId, agreementId: _agreementId, ...party }) => party),
          },
          dataCategories: {
            create: categories.map(({ dataCategoryId }) => ({ dataCategoryId })),
          },
          flows: { create: flows.map(({ flowId }) => ({ flowId })) },
        },
        select: { id: true, reference: true },
      });
      origin = { ...origin, copiedFrom: source.reference };
    } else {
      await requireDraftingOrganisation(tx, actor, request.organisationId);
      let details = agreementDetailsSchema.parse(
        blankDetails(
          reference,
          request.title,
          request.start === "blank" ? request.type : "DATA_SHARING_AGREEMENT",
        ),
      );
      let partyDefaults = {};
      let categoryIds: string[] = [];
      if (request.start === "template") {
        const template = await tx.agreementTemplate.findUnique({
          where: { id: request.templateId },
        });
        if (!template) throw fieldRefusal("templateId", "Select a template from the list");
        const content = templateContentSchema.parse(template.content);
        details = agreementDetailsSchema.parse({
          ...blankDetails(
            reference,
            request.title,
            content.details.type ?? "DATA_SHARING_AGREEMENT",
          ),
          ...content.details,
          reference,
          title: request.title,
        });
        partyDefaults = content.partyDefaults;
        const categories = await tx.dataCategory.findMany({
          where: { name: { in: content.dataCategoryNames } },
          select: { id: true },
        });
        categoryIds = categories.map((category) => category.id);
        origin = { ...origin, template: template.name };
      }
      created = await tx.agreement.create({
        data: {
          ...detailsData(details),
          createdById: actor.userId,
          parties: {
            create: {
              organisationId: request.organisationId,
              controllerRole: "CONTROLLER",
              direction: "BOTH",
              ...partyDefaults,
            },
          },
          dataCategories: { create: categoryIds.map((dataCategoryId) => ({ dataCategoryId })) },
        },
        select: { id: true, reference: true },
      });
    }
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "agreement.created",
      entityType: "Agreement",
      entityId: created.id,
      after: { reference: created.reference, title: request.title, ...origin },
    });
    return created;
  });
}

/** Whether the person may start an agreement, and for which organisations (null: any). */
export const draftingChoice = (actor: Actor) => ({
  canCreate: agreementPolicy.canCreate(actor),
  anyOrganisation: isProgrammeLead(actor),
});
