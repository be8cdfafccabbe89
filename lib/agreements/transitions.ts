import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { findReadableAgreement, lifecycleActor, lifecycleFacts, lockAgreement } from "./access";
import { type Db, inTransaction } from "./db";
import { transitionRefused } from "./errors";
import { checkTransition, type Transition } from "./lifecycle";
import { returnToDraftSchema, supersedeSchema, terminateSchema } from "./schemas";
import { freezeVersion, voidLiveVersion } from "./versions";

// The transitions people make by hand. Each is checked by the lifecycle on the row as it is now
// (locked), and audited with the state before and after.

type ManualTransition = Extract<
  Transition,
  "send_for_review" | "send_for_signature" | "return_to_draft" | "terminate" | "supersede"
>;

const actionNames: Record<ManualTransition, string> = {
  send_for_review: "agreement.sent_for_review",
  send_for_signature: "agreement.sent_for_signature",
  return_to_draft: "agreement.returned_to_draft",
  terminate: "agreement.terminated",
  supersede: "agreement.superseded",
};

async function transition(
  db: Db,
  actor: Actor,
  agreementId: string,
  which: ManualTransition,
  context: AuditContext,
  details: { reason?: string; supersededByReference?: string | null } = {},
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const found = await findReadableAgreement(tx, actor, agreementId);
    await lockAgreement(tx, found.id);
    const agreement = await findReadableAgreement(tx, actor, agreementId);
    const facts = await lifecycleFacts(tx, agreement);
    const check = checkTransition(which, facts, lifecycleActor(actor, agreement, facts));
    if (!check.ok) throw transitionRefused(check.reasons, check.forbidden);
    const after: Record<string, string | number | null> = { status: check.to };
    if (which === "send_for_signature") {
      const version = await freezeVersion(tx, agreement.id, actor.userId);
      after.version = version.number;
      after.contentHash = version.contentHash;
    }
    if (which === "return_to_draft") {
      await voidLiveVersion(tx, actor, context, agreement.id, details.reason ?? "");
    }
    let supersededById: string | null = null;
    if (details.supersededByReference) {
      const successor = await tx.agreement.findUnique({
        where: { reference: details.supersededByReference },
        select: { id: true },
      });
      if (!successor || successor.id === agreement.id) {
        throw transitionRefused([
          "No other agreement has the reference of the one that replaces it.",
        ]);
      }
      supersededById = successor.id;
    }
    await tx.agreement.update({
      where: { id: agreement.id },
      data: {
        status: check.to,
        ...(details.reason === undefined ? {} : { statusReason: details.reason }),
        ...(supersededById ? { supersededById } : {}),
      },
    });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: actionNames[which],
      entityType: "Agreement",
      entityId: agreement.id,
      before: { status: agreement.status },
      after: { ...after, ...(details.reason === undefined ? {} : { reason: details.reason }) },
    });
  });
}

/** Sends a draft to the parties for review. */
export const sendForReview = (
  db: Db,
  actor: Actor,
  agreementId: string,
  context: AuditContext = {},
) => transition(db, actor, agreementId, "send_for_review", context);

/**
 * Sends the agreement for signature: the working content is frozen as a version with its
 * SHA-256, which each party's signatory then signs.
 */
export const sendForSignature = (
  db: Db,
  actor: Actor,
  agreementId: string,
  context: AuditContext = {},
) => transition(db, actor, agreementId, "send_for_signature", context);

/** Takes the agreement back to draft, with a reason; a version sent for signature is voided. */
export async function returnToDraft(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  context: AuditContext = {},
) {
  const { reason } = returnToDraftSchema.parse(input);
  await transition(db, actor, agreementId, "return_to_draft", context, { reason });
}

/** Ends an agreement in force early, with a reason. */
export async function terminateAgreement(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  context: AuditContext = {},
) {
  const { reason } = terminateSchema.parse(input);
  await transition(db, actor, agreementId, "terminate", context, { reason });
}

/** Marks an agreement as replaced, optionally by the agreement with the given reference. */
export async function supersedeAgreement(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  context: AuditContext = {},
) {
  const { reason, supersededByReference } = supersedeSchema.parse(input);
  await transition(db, actor, agreementId, "supersede", context, { reason, supersededByReference });
}
