import "server-only";

import { redirect } from "next/navigation";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import { requestAuditContext } from "@/lib/audit/request-context";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/get-actor";
import { AppError, toErrorBody } from "@/lib/errors";
import { noteFailure } from "@/lib/server/note-failure";

/** A file a route handler answers with, as a download. */
export interface Download {
  body: BodyInit;
  fileName: string;
  contentType: string;
}

interface RouteOptions {
  /**
   * Where someone not signed in is sent back to after signing in (a browser following a link).
   * Without it they get a 401 like any other error.
   */
  signInReturnTo?: string;
}

// Files hold people's data: never kept by a shared cache, nor by the browser's.
const NO_STORE = "private, no-store";

/**
 * The Content-Disposition of a download: the name as it is when it is plain ASCII, otherwise an
 * ASCII stand-in and the real name encoded (RFC 6266), so no name can break the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, "_").trim() || "download";
  if (fallback === fileName) return `attachment; filename="${fileName}"`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Answers a download: the file as an attachment, with its type, never cached. */
export function downloadResponse(file: Download): Response {
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.fileName),
      "Cache-Control": NO_STORE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The JSON error body every wrapper answers with, at the error's status. */
function errorResponse(error: unknown, requestId: string): Response {
  const { status, body } = toErrorBody(error, requestId);
  return Response.json(body, { status, headers: { "Cache-Control": NO_STORE } });
}

/**
 * Runs a route handler for the signed-in person, the twin of `runAction`: every route handler
 * that needs a session goes through here, so each one authenticates before it reads anything of
 * the request, audits denials, and maps errors the same way (an AppError to its status, bad input
 * to 422, anything else to a generic 500), with the same JSON error body. `attempted` names the
 * request in the audit trail; authorisation itself stays in lib/, close to the data.
 */
export async function runRoute(
  attempted: string,
  work: (actor: Actor, context: AuditContext) => Promise<Download | Response>,
  { signInReturnTo }: RouteOptions = {},
): Promise<Response> {
  const actor = await getActor();
  const context = await requestAuditContext(actor);
  if (!actor) {
    if (signInReturnTo !== undefined) {
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(signInReturnTo)}`);
    }
    return errorResponse(
      new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again."),
      context.requestId ?? "",
    );
  }
  try {
    const result = await work(actor, context);
    return result instanceof Response ? result : downloadResponse(result);
  } catch (error) {
    await noteFailure(error, attempted, context);
    return errorResponse(error, context.requestId ?? "");
  }
}
