import "server-only";

import { notFound, redirect } from "next/navigation";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { denyAccess } from "@/lib/server/deny-access";

/** The fixed notice the agreement's page shows when a form was opened in a state that refuses it. */
export const NOT_NOW_PARAMETER = "not-now";
export const NOT_NOW_TEXT =
  "This agreement cannot be changed in its present state: an agreement in force or closed must first be returned to draft, and only a party's named signatory can sign or decline while it awaits signatures.";

/**
 * Loads what an agreement page shows: a refusal renders the 404 page (an agreement the person may
 * not see) or the 403 page (one they see but may not change), with the attempt audited; a form
 * the agreement's state refuses sends the person back to the agreement, which says why.
 */
export async function loadForPage<T>(
  actor: Actor,
  attempted: string,
  load: (db: DbClient) => Promise<T>,
  agreementId?: string,
): Promise<T> {
  try {
    return await load(await getPrisma());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN")
      return denyAccess(actor, attempted);
    if (error instanceof AppError && error.code === "CONFLICT" && agreementId)
      redirect(`/agreements/${encodeURIComponent(agreementId)}?${NOT_NOW_PARAMETER}=1`);
    throw error;
  }
}
