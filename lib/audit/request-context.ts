import "server-only";

import { headers } from "next/headers";

import type { Actor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/http/client-address";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";

import type { AuditContext } from "./record-audit-event";

/** The audit context of the current request: who (when known), its request id and address. */
export async function requestAuditContext(actor?: Actor | null): Promise<AuditContext> {
  const requestHeaders = await headers();
  return {
    actorId: actor?.userId,
    actorEmail: actor?.email,
    requestId: requestHeaders.get(REQUEST_ID_HEADER) ?? undefined,
    ipAddress: clientAddress(requestHeaders),
  };
}
