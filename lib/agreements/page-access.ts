import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbClient } from "@/lib/db/types";
import { loadForPage as loadPage } from "@/lib/server/page-access";

/** The fixed notice the agreement's page shows when a form was opened in a state that refuses it. */
export const NOT_NOW_PARAMETER = "not-now";
export const NOT_NOW_TEXT =
  "This agreement cannot be changed in its present state: an agreement in force or closed must first be returned to draft, and only a party's named signatory can sign or decline while it awaits signatures.";

/**
 * Loads what an agreement page shows (see lib/server/page-access.ts); a form the agreement's
 * state refuses sends the person back to the agreement, which says why.
 */
export function loadForPage<T>(
  actor: Actor,
  attempted: string,
  load: (db: DbClient) => Promise<T>,
  agreementId?: string,
): Promise<T> {
  const back = agreementId
    ? `/agreements/${encodeURIComponent(agreementId)}?${NOT_NOW_PARAMETER}=1`
    : undefined;
  return loadPage(actor, attempted, load, back);
}
