import "server-only";

import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPrisma,
} from "rate-limiter-flexible";

import { getDatabase } from "@/lib/db/client";
import type { Database } from "@/lib/db/open";

export interface LimitSpec {
  /** Names the limit in the store: "sign-in-ip", "password-reset-email"... */
  keyPrefix: string;
  /** How many attempts the window allows. */
  points: number;
  /** The window, in seconds. */
  duration: number;
}

// On a PostgreSQL server several app processes may serve one coalition, so the counts live in the
// database (the rate_limits table) and every process sees the same ones. The embedded database
// belongs to one process (its data-directory lock), so there they stay in that process's memory.
export function createRateLimiter(spec: LimitSpec, database: Database): RateLimiterAbstract {
  if (database.kind === "embedded") return new RateLimiterMemory(spec);
  return new RateLimiterPrisma({ ...spec, storeClient: database.prisma, tableName: "rateLimit" });
}

const limiters = new WeakMap<Database, Map<string, RateLimiterAbstract>>();

/** The limiter for `spec` on this process's database. */
export async function rateLimiter(spec: LimitSpec): Promise<RateLimiterAbstract> {
  const database = await getDatabase();
  let byPrefix = limiters.get(database);
  if (!byPrefix) {
    byPrefix = new Map();
    limiters.set(database, byPrefix);
  }
  let limiter = byPrefix.get(spec.keyPrefix);
  if (!limiter) {
    limiter = createRateLimiter(spec, database);
    byPrefix.set(spec.keyPrefix, limiter);
  }
  return limiter;
}
