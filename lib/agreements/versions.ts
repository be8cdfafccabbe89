import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

import { type AgreementContent, agreementContentOf, contentHash } from "./canonical";
import { compareVersions } from "./compare-versions";

// Versions: the working content frozen when it goes for signature, and voided when it changes.

/** The working content of an agreement now, in canonical form. */
export async function workingContent(db: DbTransaction, agreementId: string) {
  const [agreement, parties, categories, flows] = await Promise.all([
    db.agreement.findUniqueOrThrow({ where: { id: agreementId } }),
    db.agreementParty.findMany({ where: { agreementId } }),
    db.agreementDataCategory.findMany({ where: { agreementId }, select: { dataCategoryId: true } }),
    db.agreementFlow.findMany({ where: { agreementId }, select: { flowId: true } }),
  ]);
  return {
    agreement,
    content: agreementContentOf(
      agreement,
      parties,
      categories.map((category) => category.dataCategoryId),
      flows.map((flow) => flow.flowId),
    ),
  };
}

/** The version being signed (or signed), unless none was sent or it was voided. */
export function liveVersion(db: DbTransaction, agreementId: string, versionNumber: number) {
  return db.agreementVersion.findFirst({
    where: { agreementId, number: versionNumber, voidedAt: null },
  });
}

/** The variation log's line for a new version: what changed since the one before it. */
function summaryOf(previous: AgreementContent | null, content: AgreementContent): string {
  if (!previous) return "First version sent for signature";
  const changes = compareVersions(previous, content);
  if (changes.length === 0) return "Sent again for signature with no change to its content";
  const fields = [
    ...new Set(
      changes.map((change) =>
        change.kind === "detail"
          ? change.field
          : change.kind.startsWith("party")
            ? "parties"
            : change.kind.startsWith("category")
              ? "data categories"
              : "flows",
      ),
    ),
  ];
  return `Changed: ${fields.join(", ")}`;
}

/** Freezes the working content as the agreement's current version number. */
export async function freezeVersion(db: DbTransaction, agreementId: string, actorId: string) {
  const { agreement, content } = await workingContent(db, agreementId);
  const previous = await db.agreementVersion.findFirst({
    where: { agreementId, number: { lt: agreement.versionNumber } },
    orderBy: { number: "desc" },
    select: { content: true },
  });
  const hash = contentHash(content);
  await db.agreementVersion.deleteMany({ where: { agreementId, number: agreement.versionNumber } });
  return db.agreementVersion.create({
    data: {
      agreementId,
      number: agreement.versionNumber,
      content: content as unknown as Prisma.InputJsonObject,
      contentHash: hash,
      changeSummary: summaryOf(
        previous ? (previous.content as unknown as AgreementContent) : null,
        content,
      ),
      createdById: actorId,
    },
  });
}

/**
 * Voids the version sent for signature and every signature on it, and takes the agreement back
 * to draft as the next version number: for a return to draft, a refusal, or a change to content
 * that was sent. Audited in the caller's transaction.
 */
export async function voidLiveVersion(
  db: DbTransaction,
  actor: Actor,
  context: AuditContext,
  agreementId: string,
  reason: string,
): Promise<boolean> {
  const agreement = await db.agreement.findUniqueOrThrow({
    where: { id: agreementId },
    select: { versionNumber: true, status: true },
  });
  const version = await liveVersion(db, agreementId, agreement.versionNumber);
  if (!version) return false;
  const now = new Date();
  await db.agreementVersion.update({ where: { id: version.id }, data: { voidedAt: now } });
  const { count } = await db.agreementSignature.updateMany({
    where: { versionId: version.id, voidedAt: null },
    data: { voidedAt: now },
  });
  await db.agreement.update({
    where: { id: agreementId },
    data: { status: "DRAFT", versionNumber: { increment: 1 }, statusReason: reason },
  });
  await recordAuditEvent(db, actorContext(actor, context), {
    action: "agreement.version_voided",
    entityType: "Agreement",
    entityId: agreementId,
    before: { status: agreement.status, version: version.number, contentHash: version.contentHash },
    after: {
      status: "DRAFT",
      version: agreement.versionNumber + 1,
      signaturesVoided: count,
      reason,
    },
  });
  return true;
}

/**
 * After a change to the working content: raises the lock version and, if the content now differs
 * from the version sent for signature, voids that version and its signatures.
 */
export async function afterContentChange(
  db: DbTransaction,
  actor: Actor,
  context: AuditContext,
  agreementId: string,
  what: string,
): Promise<void> {
  await db.agreement.update({
    where: { id: agreementId },
    data: { lockVersion: { increment: 1 } },
  });
  const { agreement, content } = await workingContent(db, agreementId);
  const version = await liveVersion(db, agreementId, agreement.versionNumber);
  if (version && version.contentHash !== contentHash(content)) {
    await voidLiveVersion(
      db,
      actor,
      context,
      agreementId,
      `Changed after sending for signature: ${what}`,
    );
  }
}
