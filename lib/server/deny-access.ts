import "server-only";

import { forbidden } from "next/navigation";

import { recordDeniedAccess } from "@/lib/audit/record-denied-access";
import { requestAuditContext } from "@/lib/audit/request-context";
import type { Actor } from "@/lib/auth/actor";

/** Renders the 403 page for a page the actor may not open, and records the attempt. */
export async function denyAccess(actor: Actor, attempted: string): Promise<never> {
  await recordDeniedAccess(await requestAuditContext(actor), attempted);
  forbidden();
}
