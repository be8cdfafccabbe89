import "server-only";

import type { DbClient } from "@/lib/db/types";
import { logger } from "@/lib/server/logger";

import { runDueJobs, schedulerName } from "./run-due-jobs";

export const TICK_MS = 45_000;
/** Up to this much more or less than TICK_MS, so processes started together drift apart. */
export const TICK_JITTER_MS = 15_000;

export interface JobTicker {
  /** Stops ticking and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs due jobs every 30 to 60 seconds in this process, until stopped. The timer never keeps the
 * process alive by itself, and a tick that fails is logged and the next one tried as usual.
 */
export function startJobTicker(
  db: DbClient,
  options: { owner?: string; random?: () => number } = {},
): JobTicker {
  const owner = options.owner ?? schedulerName();
  const random = options.random ?? Math.random;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = () => {
    if (stopped) return;
    const delay = TICK_MS + Math.round((random() * 2 - 1) * TICK_JITTER_MS);
    timer = setTimeout(tick, delay);
    timer.unref();
  };
  const tick = () => {
    running = runDueJobs(db, new Date(), owner)
      .then(
        () => undefined,
        (error: unknown) => logger.error("Running scheduled jobs failed", error),
      )
      .finally(() => {
        running = undefined;
        schedule();
      });
  };

  schedule();
  logger.info(`Scheduled jobs: running due jobs as ${owner}`);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
