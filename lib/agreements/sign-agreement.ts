import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import {
  clearFailedSignIns,
  countFailedSignIn,
  isSignInThrottled,
} from "@/lib/auth/sign-in-throttle";
import type { DbTransaction } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { membershipRoleLabels } from "@/lib/users/types";
import { followRecord } from "@/lib/commitments/follow";

import { findReadableAgreement, lifecycleActor, lifecycleFacts, lockAgreement } from "./access";
import { type Db, inTransaction } from "./db";
import { fieldRefusal, notTheSignatory, staleVersion, transitionRefused } from "./errors";
import { checkTransition } from "./lifecycle";
import { agreementPolicy } from "./policy";
import { declineSchema, signSchema } from "./schemas";
import { liveVersion, voidLiveVersion } from "./versions";

// Signing: the named signatory of a party signs the exact version they were shown (its SHA-256
// comes back with the form), re-entering their password and confirming a sentence that names
// their organisation, the agreement and the version. A party may decline instead, with a reason.

/** The sentence a signatory confirms; stored with the signature word for word. */
export const attestationText = (facts: {
  signerName: string;
  organisationName: string;
  reference: string;
  versionNumber: number;
}) =>
  `I, ${facts.signerName}, am authorised to sign for ${facts.organisationName}, and on its behalf I agree to data sharing agreement ${facts.reference}, version ${facts.versionNumber}, as shown to me.`;

/** What the signing page shows: the party the person signs for, the version, and the sentence. */
export async function signingContext(db: DbTransaction | Db, actor: Actor, agreementId: string) {
  const run = async (tx: DbTransaction) => {
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    const facts = await lifecycleFacts(tx, agreement);
    const index = agreement.parties.findIndex(
      (party, at) => agreementPolicy.canSignFor(actor, party) && !facts.parties[at]?.signed,
    );
    const party = agreement.parties[index];
    const version =
      agreement.status === "AWAITING_SIGNATURES"
        ? await liveVersion(tx, agreement.id, agreement.versionNumber)
        : null;
    if (!party || !version) return { agreement, party: null, version: null, attestation: null };
    const organisation = await tx.organisation.findUniqueOrThrow({
      where: { id: party.organisationId },
      select: { name: true },
    });
    return {
      agreement,
      party: { ...party, organisationName: organisation.name },
      version,
      attestation: attestationText({
        signerName: actor.name,
        organisationName: organisation.name,
        reference: agreement.reference,
        versionNumber: version.number,
      }),
    };
  };
  return "$transaction" in db ? db.$transaction(run) : run(db);
}

export interface SigningClient {
  userAgent?: string;
}

async function checkPassword(db: Db, actor: Actor, password: string, context: AuditContext) {
  const user = await db.user.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  if (!user.passwordHash) {
    throw new AppError(
      "BAD_REQUEST",
      "You sign in through your organisation's account and have no password here, so you cannot sign with a password.",
    );
  }
  const ipAddress = context.ipAddress || "unknown";
  if (await isSignInThrottled(user.email, ipAddress)) {
    throw new AppError(
      "RATE_LIMITED",
      "Too many wrong passwords. Wait 15 minutes, then try again.",
    );
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await countFailedSignIn(user.email, ipAddress);
    if ("$transaction" in db) {
      await recordAuditEvent(db, actorContext(actor, context), {
        action: "agreement.signature_failed",
        entityType: "User",
        entityId: user.id,
      });
    }
    throw fieldRefusal("password", "Your password is not right");
  }
  await clearFailedSignIns(user.email);
}

/**
 * Signs the version the signatory was shown for their party. The agreement becomes active when
 * every party has signed that version.
 */
export async function signAgreement(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  context: AuditContext = {},
  client: SigningClient = {},
): Promise<{ activated: boolean }> {
  const { versionHash, password } = signSchema.parse(input);
  // Who may sign and what is signed are checked before the password is, and again after.
  const before = await signingContext(db, actor, agreementId);
  if (!before.party || !before.version) {
    if (
      before.agreement.status === "AWAITING_SIGNATURES" &&
      before.agreement.parties.some((party) => agreementPolicy.canSignFor(actor, party))
    ) {
      throw transitionRefused(["Your organisation has already signed this version."]);
    }
    throw notTheSignatory();
  }
  if (before.version.contentHash !== versionHash) throw staleVersion();
  await checkPassword(db, actor, password, context);
  return inTransaction(db, async (tx) => {
    await lockAgreement(tx, before.agreement.id);
    const now = await signingContext(tx, actor, agreementId);
    if (!now.party || !now.version) throw notTheSignatory();
    if (now.version.contentHash !== versionHash || now.version.id !== before.version.id)
      throw staleVersion();
    const facts = await lifecycleFacts(tx, now.agreement);
    const check = checkTransition("sign", facts, lifecycleActor(actor, now.agreement, facts));
    if (!check.ok) throw transitionRefused(check.reasons, check.forbidden);
    const membership = actor.memberships.find((m) => m.organisationId === now.party.organisationId);
    const signature = await tx.agreementSignature.create({
      data: {
        agreementId: now.agreement.id,
        versionId: now.version.id,
        partyId: now.party.id,
        organisationId: now.party.organisationId,
        signerId: actor.userId,
        signerName: actor.name,
        signerRole: membership ? membershipRoleLabels[membership.role] : "",
        decision: "SIGNED",
        attestation: now.attestation,
        contentHash: now.version.contentHash,
        ipAddress: context.ipAddress ?? null,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      },
      select: { id: true },
    });
    if (check.to !== now.agreement.status) {
      await tx.agreement.update({ where: { id: now.agreement.id }, data: { status: check.to } });
      // Commitments to sign it follow it, in the same transaction.
      await followRecord(tx, { kind: "agreement", id: now.agreement.id });
    }
    await recordAuditEvent(tx, actorContext(actor, context, now.party.organisationId), {
      action: "agreement.signed",
      entityType: "Agreement",
      entityId: now.agreement.id,
      after: {
        signatureId: signature.id,
        version: now.version.number,
        contentHash: now.version.contentHash,
        status: check.to,
      },
    });
    return { activated: check.to === "ACTIVE" };
  });
}

/**
 * Declines, for the signatory's party, to sign the version shown, with a reason: that version
 * and every signature on it are voided and the agreement goes back to draft for a new version.
 */
export async function declineAgreement(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  context: AuditContext = {},
  client: SigningClient = {},
): Promise<void> {
  const { versionHash, reason } = declineSchema.parse(input);
  await inTransaction(db, async (tx) => {
    const found = await findReadableAgreement(tx, actor, agreementId);
    await lockAgreement(tx, found.id);
    const now = await signingContext(tx, actor, agreementId);
    if (!now.party || !now.version) throw notTheSignatory();
    if (now.version.contentHash !== versionHash) throw staleVersion();
    const facts = await lifecycleFacts(tx, now.agreement);
    const check = checkTransition("decline", facts, lifecycleActor(actor, now.agreement, facts));
    if (!check.ok) throw transitionRefused(check.reasons, check.forbidden);
    const membership = actor.memberships.find((m) => m.organisationId === now.party.organisationId);
    await tx.agreementSignature.create({
      data: {
        agreementId: now.agreement.id,
        versionId: now.version.id,
        partyId: now.party.id,
        organisationId: now.party.organisationId,
        signerId: actor.userId,
        signerName: actor.name,
        signerRole: membership ? membershipRoleLabels[membership.role] : "",
        decision: "DECLINED",
        reason,
        attestation: `${now.party.organisationName} declines to sign ${now.agreement.reference}, version ${now.version.number}.`,
        contentHash: now.version.contentHash,
        ipAddress: context.ipAddress ?? null,
        userAgent: client.userAgent?.slice(0, 500) ?? null,
      },
    });
    await recordAuditEvent(tx, actorContext(actor, context, now.party.organisationId), {
      action: "agreement.declined",
      entityType: "Agreement",
      entityId: now.agreement.id,
      after: { version: now.version.number, reason },
    });
    await voidLiveVersion(
      tx,
      actor,
      context,
      now.agreement.id,
      `${now.party.organisationName} declined to sign version ${now.version.number}: ${reason}`,
    );
  });
}

/**
 * The signing and declining pages: the version and the sentence, for the named signatory of a
 * party that has not signed it; FORBIDDEN for anyone else who can read the agreement.
 */
export async function loadSigningPage(db: Db, actor: Actor, agreementId: string) {
  const signing = await signingContext(db, actor, agreementId);
  if (!signing.party || !signing.version || !signing.attestation) throw notTheSignatory();
  const organisations = await db.organisation.findMany({
    where: { id: { in: signing.agreement.parties.map((party) => party.organisationId) } },
    select: { id: true, name: true },
  });
  return {
    agreement: signing.agreement,
    party: signing.party,
    version: signing.version,
    attestation: signing.attestation,
    partyNames: signing.agreement.parties.map(
      (party) => organisations.find((o) => o.id === party.organisationId)?.name ?? "",
    ),
  };
}
