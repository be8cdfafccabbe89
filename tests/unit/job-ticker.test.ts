import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { DbClient } from "@/lib/db/types";

const runs = vi.hoisted(() => ({ calls: [] as string[], fail: false }));
vi.mock("@/lib/jobs/run-due-jobs", () => ({
  schedulerName: () => "this-process",
  runDueJobs: (_db: unknown, _now: Date, owner: string) => {
    runs.calls.push(owner);
    return runs.fail ? Promise.reject(new Error("database gone")) : Promise.resolve([]);
  },
}));

const { startJobTicker, TICK_JITTER_MS, TICK_MS } = await import("@/lib/jobs/ticker");

const db = {} as DbClient;

describe("the scheduled jobs' ticker", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    runs.calls = [];
    runs.fail = false;
    vi.spyOn(console, "log").mockImplementation(() => undefined);
    vi.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("runs due jobs every 30 to 60 seconds, as this process's scheduler", async () => {
    const ticker = startJobTicker(db, { random: () => 0 });
    await vi.advanceTimersByTimeAsync(TICK_MS - TICK_JITTER_MS - 1);
    expect(runs.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs.calls).toEqual(["this-process"]);
    await vi.advanceTimersByTimeAsync(TICK_MS - TICK_JITTER_MS);
    expect(runs.calls).toHaveLength(2);
    await ticker.stop();
  });

  it("keeps ticking after a run fails", async () => {
    runs.fail = true;
    const ticker = startJobTicker(db, { random: () => 1 });
    await vi.advanceTimersByTimeAsync(2 * (TICK_MS + TICK_JITTER_MS));
    expect(runs.calls).toHaveLength(2);
    await ticker.stop();
  });

  it("runs nothing more once stopped", async () => {
    const ticker = startJobTicker(db, { random: () => 0.5 });
    await ticker.stop();
    await vi.advanceTimersByTimeAsync(10 * TICK_MS);
    expect(runs.calls).toEqual([]);
  });
});
