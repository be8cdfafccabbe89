import "server-only";

import { notFound } from "next/navigation";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { denyAccess } from "@/lib/server/deny-access";

/**
 * Loads what a lesson page shows: a lesson that does not exist renders the 404 page, one the
 * person may not change the 403 page, with the attempt audited.
 */
export async function loadLessonPage<T>(
  actor: Actor,
  attempted: string,
  load: (db: DbClient) => Promise<T>,
): Promise<T> {
  try {
    return await load(await getPrisma());
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN")
      return denyAccess(actor, attempted);
    throw error;
  }
}
