import "server-only";

import { notFound, redirect } from "next/navigation";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

import { denyAccess } from "./deny-access";

/**
 * Loads what a page shows through the domain's own checks: a record the person may not see
 * renders the 404 page, one they see but may not change the 403 page, with the attempt audited.
 * A page whose record is in a state that refuses it sends the person to `whenConflict`, if given.
 */
export async function loadForPage<T>(
  actor: Actor,
  attempted: string,
  load: (db: DbClient) => Promise<T>,
  whenConflict?: string,
): Promise<T> {
  try {
    return await load(await getPrisma());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN")
      return denyAccess(actor, attempted);
    if (error instanceof AppError && error.code === "CONFLICT" && whenConflict)
      redirect(whenConflict);
    throw error;
  }
}
