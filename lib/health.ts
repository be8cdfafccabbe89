import "server-only";

import { getPrisma } from "@/lib/db/client";
import { logger } from "@/lib/server/logger";
import packageJson from "@/package.json";

export interface HealthReport {
  status: "ok" | "unavailable";
  version: string;
  database: { ok: boolean; roundTripMs?: number };
}

const DATABASE_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Reports the running version and whether a query reaches the database and comes back. */
export async function checkHealth(): Promise<HealthReport> {
  const started = performance.now();
  try {
    await withTimeout(
      getPrisma().then((prisma) => prisma.$queryRaw`SELECT 1`),
      DATABASE_TIMEOUT_MS,
    );
    const roundTripMs = Math.round((performance.now() - started) * 10) / 10;
    return { status: "ok", version: packageJson.version, database: { ok: true, roundTripMs } };
  } catch (error) {
    logger.warn("Health check: the database did not answer", error);
    return { status: "unavailable", version: packageJson.version, database: { ok: false } };
  }
}
