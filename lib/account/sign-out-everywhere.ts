import "server-only";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { endAllSessions } from "@/lib/auth/sign-out";

/** Ends every session of your account, on every device, this one included. */
export async function signOutEverywhere(actor: Actor, context: AuditContext = {}): Promise<void> {
  const { requestId, ipAddress } = context;
  await endAllSessions(actor.userId, "auth.sign_out_everywhere", { requestId, ipAddress });
}
