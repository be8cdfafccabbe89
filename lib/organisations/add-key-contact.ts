import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { addProfileRecord } from "./profile-record-changes";
import { keyContacts } from "./profile-record-kinds";

/** Adds a key contact to the organisation's profile. See `addProfileRecord`. */
export async function addKeyContact(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  return addProfileRecord(keyContacts, actor, organisationId, input, context);
}
