import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type { ActionResult } from "./action";
import { SAVED_PARAMETER, type SavedNotice } from "@/lib/saved-notices";

/**
 * After a server action's write: on success, refreshes the page it leads to and goes there (the
 * redirect is thrown, so call this outside any try/catch, after runAction has mapped errors);
 * a refusal is handed back to the form unchanged. `saved` asks that page to confirm the save.
 */
export function redirectAfterWrite<R extends ActionResult<unknown>>(
  result: R,
  to: string | ((data: Extract<R, { ok: true }>["data"]) => string),
  saved?: SavedNotice,
): Extract<R, { ok: false }> {
  if (!result.ok) return result as Extract<R, { ok: false }>;
  const target = typeof to === "string" ? to : to(result.data);
  const [path = "/", hash] = target.split("#");
  revalidatePath(path.split("?")[0] ?? "/");
  const flagged = saved
    ? `${path}${path.includes("?") ? "&" : "?"}${SAVED_PARAMETER}=${saved}`
    : path;
  redirect(hash === undefined ? flagged : `${flagged}#${hash}`);
}

/**
 * After a server action's write whose form stays on its page: on success the page's data is
 * read again in the same response, so the form need not ask for a refresh.
 */
export function refreshAfterWrite<R extends ActionResult<unknown>>(result: R, path: string): R {
  if (result.ok) revalidatePath(path);
  return result;
}
