import "server-only";

import { forbidden, notFound, redirect } from "next/navigation";
import type { AuditContext } from "@/lib/audit/record-audit-event";
import { requestAuditContext } from "@/lib/audit/request-context";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/get-actor";
import { AppError, type ErrorBody, toErrorBody } from "@/lib/errors";
import { safeRedirectPath, signInPath } from "@/lib/http/safe-redirect";
import { noteFailure } from "@/lib/server/note-failure";

/** What a server action called from a form component gets back. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorBody["error"]["code"];
      message: string;
      fieldErrors?: Record<string, string[]>;
    };

type Work<T> = (actor: Actor, context: AuditContext) => Promise<T>;

/**
 * Runs a server action for the signed-in person: every action goes through here, so each one
 * authenticates, audits denials and maps errors the same way. `attempted` names the action in
 * the audit trail. Authorisation itself stays in lib/, close to the data.
 */
export async function runAction<T>(attempted: string, work: Work<T>): Promise<ActionResult<T>> {
  const actor = await getActor();
  const context = await requestAuditContext(actor);
  try {
    if (!actor) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
    return { ok: true, data: await work(actor, context) };
  } catch (error) {
    await noteFailure(error, attempted, context);
    const { body } = toErrorBody(error, context.requestId ?? "");
    return {
      ok: false,
      code: body.error.code,
      message: body.error.message,
      fieldErrors: body.error.fieldErrors,
    };
  }
}

/**
 * Runs a server action that needs no session: following an emailed link, asking for a new
 * password. The link's token or the email address is what the work checks, so the session plays
 * no part and the work names the person in the audit itself; errors are mapped as for every
 * other action.
 */
export async function runPublicAction<T>(
  attempted: string,
  work: (context: AuditContext) => Promise<T>,
): Promise<ActionResult<T>> {
  const context = await requestAuditContext(null);
  try {
    return { ok: true, data: await work(context) };
  } catch (error) {
    await noteFailure(error, attempted, context);
    const { body } = toErrorBody(error, context.requestId ?? "");
    return {
      ok: false,
      code: body.error.code,
      message: body.error.message,
      fieldErrors: body.error.fieldErrors,
    };
  }
}

/**
 * Runs a server action posted by a plain form (works without JavaScript): the anonymous are
 * sent to sign in, denials render the 403 or 404 page, and success redirects to `then`.
 */
export async function runFormAction<T>(
  attempted: string,
  returnTo: string,
  work: Work<T>,
  then: (result: T) => string = () => returnTo,
): Promise<never> {
  const actor = await getActor();
  if (!actor) redirect(signInPath(returnTo));
  const context = await requestAuditContext(actor);
  let result: T;
  try {
    result = await work(actor, context);
  } catch (error) {
    await noteFailure(error, attempted, context);
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  redirect(safeRedirectPath(then(result), safeRedirectPath(returnTo)));
}
