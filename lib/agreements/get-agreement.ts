import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import {
  findReadableAgreement,
  lifecycleActor,
  lifecycleFacts,
  partyOrganisationIds,
} from "./access";
import type { AgreementContent } from "./canonical";
import { type Db, inTransaction } from "./db";
import { agreementNotFound, cannotEditAgreement, notEditableNow } from "./errors";
import { availableTransitions, isEditableStatus, missingForSignature } from "./lifecycle";
import { agreementPolicy } from "./policy";
import { liveVersion } from "./versions";

/**
 * An agreement as its page shows it: the record, its parties with their organisations and
 * signatories, data, flows, versions and signatures, the variation log, and what the reader may
 * do. Contacts, signatures and history only for those who may read them.
 */
export async function getAgreement(db: Db, actor: Actor, agreementId: string) {
  return inTransaction(db, async (tx: DbTransaction) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    const partyIds = partyOrganisationIds(agreement);
    const canReadPrivate = agreementPolicy.canReadPrivate(actor, partyIds);
    const facts = await lifecycleFacts(tx, agreement);
    const who = lifecycleActor(actor, agreement, facts);
    const [organisations, signatories, categories, flows, versions, signatures, log, live] =
      await Promise.all([
        tx.organisation.findMany({
          where: { id: { in: partyIds } },
          select: { id: true, name: true },
        }),
        tx.user.findMany({
          where: { id: { in: agreement.parties.flatMap((party) => party.signatoryId ?? []) } },
          select: { id: true, name: true, jobTitle: true },
        }),
        tx.dataCategory.findMany({
          where: { agreements: { some: { agreementId: agreement.id } } },
          orderBy: { name: "asc" },
          select: { id: true, name: true },
        }),
        tx.informationFlow.findMany({
          where: { agreements: { some: { agreementId: agreement.id } } },
          orderBy: [{ pathway: { name: "asc" } }, { createdAt: "asc" }],
          select: {
            id: true,
            purpose: true,
            pathway: { select: { id: true, name: true } },
            fromStep: { select: { name: true, organisation: { select: { name: true } } } },
            toStep: { select: { name: true, organisation: { select: { name: true } } } },
          },
        }),
        canReadPrivate
          ? tx.agreementVersion.findMany({
              where: { agreementId: agreement.id },
              orderBy: { number: "desc" },
              select: {
                id: true,
                number: true,
                contentHash: true,
                changeSummary: true,
                createdAt: true,
                voidedAt: true,
              },
            })
          : Promise.resolve([]),
        canReadPrivate
          ? tx.agreementSignature.findMany({
              where: { agreementId: agreement.id },
              orderBy: { signedAt: "desc" },
              select: {
                id: true,
                partyId: true,
                organisationId: true,
                signerName: true,
                signerRole: true,
                decision: true,
                reason: true,
                attestation: true,
                contentHash: true,
                signedAt: true,
                voidedAt: true,
                version: { select: { number: true } },
              },
            })
          : Promise.resolve([]),
        canReadPrivate
          ? tx.auditEvent.findMany({
              where: {
                entityType: "Agreement",
                entityId: agreement.id,
                action: { startsWith: "agreement." },
              },
              orderBy: { occurredAt: "desc" },
              take: 200,
              select: { id: true, action: true, actorEmail: true, occurredAt: true, after: true },
            })
          : Promise.resolve([]),
        liveVersion(tx, agreement.id, agreement.versionNumber),
      ]);
    const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
    const signatoryOf = new Map(signatories.map((s) => [s.id, s]));
    return {
      agreement,
      canReadPrivate,
      canEdit: who.canEdit && isEditableStatus(agreement.status),
      transitions: availableTransitions(facts, who),
      missingForSignature: missingForSignature(facts),
      parties: agreement.parties.map((party, index) => ({
        ...party,
        organisationName: organisationName.get(party.organisationId) ?? "",
        signatory: party.signatoryId ? (signatoryOf.get(party.signatoryId) ?? null) : null,
        signed: facts.parties[index]?.signed ?? false,
      })),
      categories,
      flows,
      versions,
      liveVersion: live,
      signatures: signatures.map((signature) => ({
        ...signature,
        organisationName: organisationName.get(signature.organisationId) ?? "",
      })),
      log,
    };
  });
}
export type AgreementView = Awaited<ReturnType<typeof getAgreement>>;

/** The versions of an agreement, with their content, for the versions page. */
export async function getAgreementVersions(db: Db, actor: Actor, agreementId: string) {
  return inTransaction(db, async (tx: DbTransaction) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    if (!agreementPolicy.canReadPrivate(actor, partyOrganisationIds(agreement)))
      throw agreementNotFound();
    const versions = await tx.agreementVersion.findMany({
      where: { agreementId: agreement.id },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        contentHash: true,
        changeSummary: true,
        createdAt: true,
        voidedAt: true,
        content: true,
      },
    });
    const content = versions.map((version) => version.content as unknown as AgreementContent);
    const organisationIds = [
      ...new Set(content.flatMap((c) => c.parties.map((p) => p.organisationId))),
    ];
    const categoryIds = [...new Set(content.flatMap((c) => c.dataCategoryIds))];
    const flowIds = [...new Set(content.flatMap((c) => c.flowIds))];
    const [organisations, categories, flows] = await Promise.all([
      tx.organisation.findMany({
        where: { id: { in: organisationIds } },
        select: { id: true, name: true },
      }),
      tx.dataCategory.findMany({
        where: { id: { in: categoryIds } },
        select: { id: true, name: true },
      }),
      tx.informationFlow.findMany({
        where: { id: { in: flowIds } },
        select: { id: true, purpose: true, pathway: { select: { name: true } } },
      }),
    ]);
    return {
      agreement,
      versions: versions.map((version) => ({
        ...version,
        content: version.content as unknown as AgreementContent,
      })),
      names: {
        organisations: Object.fromEntries(organisations.map((o) => [o.id, o.name])),
        categories: Object.fromEntries(categories.map((c) => [c.id, c.name])),
        flows: Object.fromEntries(flows.map((f) => [f.id, `${f.pathway.name}: ${f.purpose}`])),
      },
    };
  });
}

/**
 * An agreement opened for editing: FORBIDDEN for readers who may not edit it, and CONFLICT when
 * its state allows no edits.
 */
export async function loadEditable(db: Db, actor: Actor, agreementId: string) {
  return inTransaction(db, async (tx: DbTransaction) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    if (!agreementPolicy.canEdit(actor, partyOrganisationIds(agreement)))
      throw cannotEditAgreement();
    if (!isEditableStatus(agreement.status)) throw notEditableNow();
    return agreement;
  });
}
