import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { snapshot } from "@/lib/audit/snapshot";
import type { Actor } from "@/lib/auth/actor";

import { findEditableAgreement } from "./access";
import { type Db, inTransaction } from "./db";
import { detailsData } from "./details-data";
import { fieldRefusal } from "./errors";
import { agreementDetailsSchema, lockVersionSchema } from "./schemas";
import { afterContentChange } from "./versions";

/**
 * Changes an agreement's details, unless someone changed the agreement since the form was
 * opened (then nothing changes). A change to content already sent for signature voids that
 * version and its signatures.
 */
export async function updateAgreementDetails(
  db: Db,
  actor: Actor,
  agreementId: string,
  input: unknown,
  openedLockVersion: unknown,
  context: AuditContext = {},
): Promise<void> {
  const details = agreementDetailsSchema.parse(input);
  const lockVersion = lockVersionSchema.parse(openedLockVersion);
  await inTransaction(db, async (tx) => {
    const agreement = await findEditableAgreement(tx, actor, agreementId, lockVersion);
    if (details.reference !== agreement.reference) {
      const taken = await tx.agreement.findUnique({
        where: { reference: details.reference },
        select: { id: true },
      });
      if (taken)
        throw fieldRefusal("reference", "Another agreement has this reference. Choose another");
    }
    const data = detailsData(details);
    await tx.agreement.update({ where: { id: agreement.id }, data });
    await recordAuditEvent(tx, actorContext(actor, context), {
      action: "agreement.updated",
      entityType: "Agreement",
      entityId: agreement.id,
      before: snapshot({ reference: agreement.reference, title: agreement.title }),
      after: snapshot(details),
    });
    await afterContentChange(tx, actor, context, agreement.id, "details");
  });
}
