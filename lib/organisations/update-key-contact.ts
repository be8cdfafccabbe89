import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { updateProfileRecord } from "./profile-record-changes";
import { keyContacts } from "./profile-record-kinds";

/** Changes a key contact of the organisation. See `updateProfileRecord`. */
export async function updateKeyContact(
  actor: Actor,
  organisationId: string,
  contactId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  return updateProfileRecord(keyContacts, actor, organisationId, contactId, input, context);
}
