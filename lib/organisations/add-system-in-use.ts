import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";

import { addProfileRecord } from "./profile-record-changes";
import { systemsInUse } from "./profile-record-kinds";

/** Records a system the organisation runs. See `addProfileRecord`. */
export async function addSystemInUse(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  return addProfileRecord(systemsInUse, actor, organisationId, input, context);
}
