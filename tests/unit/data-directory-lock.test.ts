import { mkdir, mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { DataDirectoryLockedError, lockDataDirectory } from "@/lib/db/lock";

describe("the data directory lock", () => {
  let root: string;
  let target: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), "coalition-lock-"));
    target = path.join(root, "pglite");
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  // A lock as a process killed with SIGKILL leaves it: the folder, and a pid that is gone.
  async function leaveLockOfDeadProcess(ageMs: number) {
    const lockPath = `${target}.lock`;
    await mkdir(lockPath);
    const when = new Date(Date.now() - ageMs);
    await utimes(lockPath, when, when);
    await writeFile(`${target}.owner.json`, JSON.stringify({ pid: 2 ** 22 + 1, host: hostname() }));
  }

  it("is exclusive while held, and free again once released", async () => {
    const release = await lockDataDirectory(target);

    await expect(lockDataDirectory(target)).rejects.toThrow(DataDirectoryLockedError);
    await expect(lockDataDirectory(target)).rejects.toThrow(`(pid ${process.pid})`);

    await release();
    const again = await lockDataDirectory(target);
    await again();
  });

  it("takes over at once a lock whose owner died long enough ago", async () => {
    await leaveLockOfDeadProcess(60_000);

    const release = await lockDataDirectory(target);

    await expect(lockDataDirectory(target)).rejects.toThrow(`(pid ${process.pid})`);
    await release();
  });

  it("waits out a fresh lock with a dead owner on record, then takes it", async () => {
    await leaveLockOfDeadProcess(0);

    const started = Date.now();
    const release = await lockDataDirectory(target);

    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
    await release();
  });

  it("never takes a lock with no owner on record", async () => {
    await mkdir(`${target}.lock`);

    await expect(lockDataDirectory(target)).rejects.toThrow(DataDirectoryLockedError);
  });
});
