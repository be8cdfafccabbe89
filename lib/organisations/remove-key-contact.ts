import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { removeProfileRecord } from "./profile-record-changes";
import { keyContacts } from "./profile-record-kinds";

/** Removes a key contact from the organisation's profile. See `removeProfileRecord`. */
export async function removeKeyContact(
  actor: Actor,
  organisationId: string,
  contactId: string,
  context: AuditContext = {},
): Promise<void> {
  return removeProfileRecord(keyContacts, actor, organisationId, contactId, context);
}
