import "server-only";

import { isProgrammeLead, type Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { isId } from "@/lib/validation/ids";

import { agreementNotFound, cannotEditAgreement, changedMeanwhile, notEditableNow } from "./errors";
import { isEditableStatus, type LifecycleActor, type LifecycleFacts } from "./lifecycle";
import { agreementPolicy } from "./policy";

/** The agreement with its parties, if the person may read it; otherwise NOT_FOUND. */
export async function findReadableAgreement(db: DbTransaction, actor: Actor, agreementId: string) {
  if (!isId(agreementId)) throw agreementNotFound();
  const agreement = await db.agreement.findFirst({
    where: { AND: [{ id: agreementId }, agreementPolicy.readableWhere(actor)] },
    include: { parties: { orderBy: [{ position: "asc" }, { id: "asc" }] } },
  });
  if (!agreement) throw agreementNotFound();
  return agreement;
}
export type LoadedAgreement = Awaited<ReturnType<typeof findReadableAgreement>>;

export const partyOrganisationIds = (agreement: LoadedAgreement) =>
  agreement.parties.map((party) => party.organisationId);

/**
 * Locks the agreement's row until the transaction ends, so that two changes to one agreement
 * (two signatures, an edit and a signature) happen one after the other.
 */
export async function lockAgreement(db: DbTransaction, agreementId: string): Promise<void> {
  await db.$executeRaw`SELECT 1 FROM "Agreement" WHERE "id" = ${agreementId}::uuid FOR UPDATE`;
}

/**
 * The agreement, for a change of its working content: readable, the person an editor, the
 * state one that allows edits, and (when given) not changed since the form was opened.
 */
export async function findEditableAgreement(
  db: DbTransaction,
  actor: Actor,
  agreementId: string,
  openedLockVersion?: number,
) {
  const agreement = await findReadableAgreement(db, actor, agreementId);
  if (!agreementPolicy.canEdit(actor, partyOrganisationIds(agreement))) throw cannotEditAgreement();
  await lockAgreement(db, agreement.id);
  const current = await db.agreement.findUniqueOrThrow({
    where: { id: agreement.id },
    select: { status: true, lockVersion: true },
  });
  if (!isEditableStatus(current.status)) throw notEditableNow();
  if (openedLockVersion !== undefined && current.lockVersion !== openedLockVersion) {
    throw changedMeanwhile();
  }
  return { ...agreement, ...current };
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** What the lifecycle needs to know of an agreement, with which parties signed the live version. */
export async function lifecycleFacts(
  db: DbTransaction,
  agreement: LoadedAgreement,
): Promise<LifecycleFacts> {
  const [dataCategoryCount, signed] = await Promise.all([
    db.agreementDataCategory.count({ where: { agreementId: agreement.id } }),
    db.agreementSignature.findMany({
      where: {
        agreementId: agreement.id,
        decision: "SIGNED",
        voidedAt: null,
        version: { number: agreement.versionNumber, voidedAt: null },
      },
      select: { partyId: true },
    }),
  ]);
  const signedParties = new Set(signed.map((signature) => signature.partyId));
  return {
    status: agreement.status,
    parties: agreement.parties.map((party) => ({
      signatoryId: party.signatoryId,
      signed: signedParties.has(party.id),
    })),
    purposes: agreement.purposes,
    dataCategoryCount,
    startDate: day(agreement.startDate),
    reviewDate: day(agreement.reviewDate),
  };
}

/** Who asks, as the lifecycle sees them. */
export function lifecycleActor(
  actor: Actor,
  agreement: LoadedAgreement,
  facts: LifecycleFacts,
): LifecycleActor {
  return {
    isLead: isProgrammeLead(actor),
    canEdit: agreementPolicy.canEdit(actor, partyOrganisationIds(agreement)),
    isPendingSignatory: agreement.parties.some(
      (party, index) => agreementPolicy.canSignFor(actor, party) && !facts.parties[index]?.signed,
    ),
  };
}
