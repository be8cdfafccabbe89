import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { removeProfileRecord } from "./profile-record-changes";
import { systemsInUse } from "./profile-record-kinds";

/** Removes a system from the organisation's profile. See `removeProfileRecord`. */
export async function removeSystemInUse(
  actor: Actor,
  organisationId: string,
  systemId: string,
  context: AuditContext = {},
): Promise<void> {
  return removeProfileRecord(systemsInUse, actor, organisationId, systemId, context);
}
