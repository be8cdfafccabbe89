import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { denyAccess } from "@/lib/server/deny-access";

/** Runs a page's read, rendering the 403 page (and recording it) when lib/ refuses the person. */
export async function readOrDeny<T>(actor: Actor, attempted: string, read: () => Promise<T>) {
  try {
    return await read();
  } catch (error) {
    if (error instanceof AppError && error.code === "FORBIDDEN") await denyAccess(actor, attempted);
    throw error;
  }
}
