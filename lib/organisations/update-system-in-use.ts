import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { updateProfileRecord } from "./profile-record-changes";
import { systemsInUse } from "./profile-record-kinds";

/** Changes a system the organisation runs. See `updateProfileRecord`. */
export async function updateSystemInUse(
  actor: Actor,
  organisationId: string,
  systemId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<void> {
  return updateProfileRecord(systemsInUse, actor, organisationId, systemId, input, context);
}
