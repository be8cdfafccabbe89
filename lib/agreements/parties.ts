import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { findEditableAgreement, findReadableAgreement, partyOrganisationIds } from "./access";
import { type Db, inTransaction } from "./db";
import { cannotEditAgreement, fieldRefusal, notEditableNow } from "./errors";
import { isEditableStatus } from "./lifecycle";
import { agreementPolicy, signingRoles } from "./policy";
import { lockVersionSchema, partySchema, type PartyDetails } from "./schemas";
import { afterContentChange } from "./versions";

// The parties to an agreement: organisations of the directory, each at most once, each with the
// person who signs for it (who must hold a signing role there).

const partyNotFound = () => new AppError("NOT_FOUND", "That party is not on this agreement.");

/** The people who may sign for an organisation: its information governance leads and admins. */
function signatoriesOf(db: DbTransaction | Db, organisationId: string) {
  return db.user.findMany({
    where: {
      disabledAt: null,
      memberships: { some: { organisationId, role: { in: [...signingRoles] } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      jobTitle: true,
      memberships: { where: { organisationId }, select: { role: true } },
    },
  });
}

/**
 * Who may be named to sign for a party of an agreement: asked by someone who may edit it, about
 * an organisation that is one of its parties.
 */
export async function listSignatoryOptions(
  db: Db,
  actor: Actor,
  agreementId: string,
  organisationId: string,
) {
  return inTransaction(db, async (tx) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    if (!agreementPolicy.canEdit(actor, partyOrganisationIds(agreement)))
      throw cannotEditAgreement();
    if (!agreement.parties.some((party) => party.organisationId === organisationId))
      throw partyNotFound();
    const people = await signatoriesOf(tx, organisationId);
    return people.map(({ memberships, ...person }) => ({
      ...person,
      role: memberships[0]?.role ?? "MEMBER",
    }));
  });
}

async function checkParty(db: DbTransaction, party: PartyDetails) {
  const organisation = await db.organisation.findFirst({
    where: { id: party.organisationId, archivedAt: null },
    select: { id: true },
  });
  if (!organisation)
    throw fieldRefusal("organisationId", "Select an organisation from the directory");
  if (party.signatoryId) {
    const eligible = await db.membership.findFirst({
      where: {
        userId: party.signatoryId,
        organisationId: party.organisationId,
        role: { in: [...signingRoles] },
        user: { disabledAt: null },
      },
      select: { id: true },
    });
    if (!eligible) {
      throw fieldRefusal(
        "signatoryId",
        "Select a signatory who is an information governance lead or admin of this organisation",
      );
    }
  }
}

const partyColumns = (party: PartyDetails) => ({
  controllerRole: party.controllerRole,
  direction: party.direction,
  contactName: party.contactName,
  contactEmail: party.contactEmail,
  dpoName: party.dpoName,
  dpoEmail: party.dpoEmail,
  signatoryId: party.signatoryId,
  article6Basis: party.article6Basis,
  article9Condition: party.article9Condition,
  schedule1Condition: party.schedule1Condition,
  privacyNoticeUpdated: party.privacyNoticeUpdated,
});

/** Adds an organisation as a party, unless it already is one. */
export async function addParty(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  openedLockVersion: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  const party = partySchema.parse(input);
  const lockVersion = lockVersionSchema.parse(openedLockVersion);
  return inTransaction(db, async (tx) => {
    const agreement = await findEditableAgreement(tx, actor, agreementId, lockVersion);
    if (agreement.parties.some((existing) => existing.organisationId === party.organisationId)) {
      throw fieldRefusal("organisationId", "This organisation is already a party to the agreement");
    }
    await checkParty(tx, party);
    const { id } = await tx.agreementParty.create({
      data: {
        ...partyColumns(party),
        agreementId: agreement.id,
        organisationId: party.organisationId,
        position: agreement.parties.length,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, actorContext(actor, context, party.organisationId), {
      action: "agreement.party_added",
      entityType: "Agreement",
      entityId: agreement.id,
      after: snapshot(party),
    });
    await afterContentChange(tx, actor, context, agreement.id, "parties");
    return { id };
  });
}

/** Changes a party's roles, contacts, signatory or legal bases (not its organisation). */
export async function updateParty(
  db: Db,
  actor: Actor,
  agreementId: string,
  partyId: string,
  input: unknown,
  openedLockVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  if (!isId(partyId)) throw partyNotFound();
  const lockVersion = lockVersionSchema.parse(openedLockVersion);
  const parsed = partySchema.parse(input);
  await inTransaction(db, async (tx) => {
    const agreement = await findEditableAgreement(tx, actor, agreementId, lockVersion);
    const existing = agreement.parties.find((party) => party.id === partyId);
    if (!existing) throw partyNotFound();
    // The organisation of a party never changes: remove the party and add another instead.
    const party = { ...parsed, organisationId: existing.organisationId };
    await checkParty(tx, party);
    await tx.agreementParty.update({ where: { id: existing.id }, data: partyColumns(party) });
    await recordAuditEvent(tx, actorContext(actor, context, existing.organisationId), {
      action: "agreement.party_updated",
      entityType: "Agreement",
      entityId: agreement.id,
      before: snapshot(existing),
      after: snapshot(party),
    });
    await afterContentChange(tx, actor, context, agreement.id, "parties");
  });
}

/** Removes a party from an agreement. */
export async function removeParty(
  db: Db,
  actor: Actor,
  agreementId: string,
  partyId: string,
  openedLockVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  if (!isId(partyId)) throw partyNotFound();
  const lockVersion = lockVersionSchema.parse(openedLockVersion);
  await inTransaction(db, async (tx) => {
    const agreement = await findEditableAgreement(tx, actor, agreementId, lockVersion);
    const existing = agreement.parties.find((party) => party.id === partyId);
    if (!existing) throw partyNotFound();
    const signed = await tx.agreementSignature.count({ where: { partyId: existing.id } });
    if (signed > 0) {
      // Signatures and refusals keep their party; the party leaves the content instead.
      throw new AppError(
        "CONFLICT",
        "This party has signed or declined a version of the agreement, so it stays on the record. Supersede the agreement with a new one without it.",
      );
    }
    await tx.agreementParty.delete({ where: { id: existing.id } });
    await recordAuditEvent(tx, actorContext(actor, context, existing.organisationId), {
      action: "agreement.party_removed",
      entityType: "Agreement",
      entityId: agreement.id,
      before: snapshot(existing),
    });
    await afterContentChange(tx, actor, context, agreement.id, "parties");
  });
}

/** The parties page: the agreement (editable), its parties, and organisations that could join. */
export async function loadPartiesPage(db: Db, actor: Actor, agreementId: string) {
  return inTransaction(db, async (tx) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    if (!agreementPolicy.canEdit(actor, partyOrganisationIds(agreement)))
      throw cannotEditAgreement();
    if (!isEditableStatus(agreement.status)) throw notEditableNow();
    const organisations = await tx.organisation.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    });
    const names = new Map(organisations.map((o) => [o.id, o.name]));
    const signatories = await tx.user.findMany({
      where: { id: { in: agreement.parties.flatMap((party) => party.signatoryId ?? []) } },
      select: { id: true, name: true },
    });
    return {
      agreement,
      parties: agreement.parties.map((party) => ({
        ...party,
        organisationName: names.get(party.organisationId) ?? "An archived organisation",
        signatoryName: signatories.find((s) => s.id === party.signatoryId)?.name ?? null,
      })),
      candidates: organisations.filter((o) => !partyOrganisationIds(agreement).includes(o.id)),
    };
  });
}

/** One party, opened for editing, with who may sign for it. */
export async function loadPartyForEditing(
  db: Db,
  actor: Actor,
  agreementId: string,
  partyId: string,
) {
  if (!isId(partyId)) throw partyNotFound();
  return inTransaction(db, async (tx) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    if (!agreementPolicy.canEdit(actor, partyOrganisationIds(agreement)))
      throw cannotEditAgreement();
    if (!isEditableStatus(agreement.status)) throw notEditableNow();
    const party = agreement.parties.find((p) => p.id === partyId);
    if (!party) throw partyNotFound();
    const [organisation, people] = await Promise.all([
      tx.organisation.findUniqueOrThrow({
        where: { id: party.organisationId },
        select: { name: true },
      }),
      signatoriesOf(tx, party.organisationId),
    ]);
    return {
      agreement,
      party,
      organisationName: organisation.name,
      signatoryOptions: people.map(({ memberships, ...person }) => ({
        ...person,
        role: memberships[0]?.role ?? "MEMBER",
      })),
    };
  });
}
