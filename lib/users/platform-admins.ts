import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { AppError } from "@/lib/errors";

// Held for the length of a transaction that could leave the platform without an active admin,
// so that two admins demoting or disabling each other at once cannot both succeed.
const PLATFORM_ADMINS_LOCK_KEY = 2_026_112_202;

export async function lockPlatformAdmins(tx: DbTransaction): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PLATFORM_ADMINS_LOCK_KEY})`;
}

/** Refuses a change that would leave no active platform admin besides `userId`. */
export async function keepAnotherActiveAdmin(
  tx: DbTransaction,
  userId: string,
  refusal: string,
): Promise<void> {
  const others = await tx.user.count({
    where: { role: "PLATFORM_ADMIN", disabledAt: null, id: { not: userId } },
  });
  if (others === 0) throw new AppError("CONFLICT", refusal);
}
