import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";

import lockfile from "proper-lockfile";

export class DataDirectoryLockedError extends Error {
  override name = "DataDirectoryLockedError";
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number | undefined,
  ) {
    super(
      `The embedded database in ${dataDir} is already open in another process` +
        (ownerPid ? ` (pid ${ownerPid})` : "") +
        `. Only one process may open it at a time: stop the other process, ` +
        `or point DATA_DIR at another folder.`,
    );
  }
}

interface Owner {
  pid: number;
  host: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readOwner(file: string): Promise<Owner | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Owner;
  } catch {
    return undefined;
  }
}

// proper-lockfile refreshes the lock folder's mtime every UPDATE_MS while its owner runs, and
// only counts it stale after STALE_MS (generous, so a busy event loop never loses its lock).
const UPDATE_MS = 1_000;
const STALE_MS = 10_000;
// A lock whose owner process has gone from this host (a SIGKILL or a crash) is taken over once
// nobody has refreshed it for this long; a fresh lock with a vanished owner on record may belong
// to a process that has only just taken it and not yet written its pid.
const ABANDONED_AFTER_MS = 3 * UPDATE_MS;

function ownerHasGone(owner: Owner | undefined): boolean {
  return owner !== undefined && owner.host === hostname() && !isAlive(owner.pid);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until a lock left by a vanished owner has gone unrefreshed long enough to take over. */
async function waitUntilAbandoned(
  lockPath: string,
  ownerFile: string,
  owner: Owner,
): Promise<boolean> {
  for (;;) {
    let age: number;
    try {
      age = Date.now() - (await stat(lockPath)).mtimeMs;
    } catch {
      return true;
    }
    if (age > ABANDONED_AFTER_MS) return true;
    await sleep(ABANDONED_AFTER_MS - age + 100);
    const current = await readOwner(ownerFile);
    if (current?.pid !== owner.pid && !ownerHasGone(current)) return false;
  }
}

/**
 * Takes the exclusive lock on an embedded data directory, failing at once if another live
 * process holds it. PGlite has no lock of its own, and two processes on one directory corrupt it.
 */
export async function lockDataDirectory(dataDir: string): Promise<() => Promise<void>> {
  const target = path.resolve(dataDir);
  const lockPath = `${target}.lock`;
  const ownerFile = `${target}.owner.json`;
  const options = {
    stale: STALE_MS,
    update: UPDATE_MS,
    realpath: false,
    lockfilePath: lockPath,
  };

  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(target, options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ELOCKED") throw error;
    const owner = await readOwner(ownerFile);
    if (!owner || !ownerHasGone(owner) || !(await waitUntilAbandoned(lockPath, ownerFile, owner))) {
      throw new DataDirectoryLockedError(target, owner?.pid);
    }
    await rm(lockPath, { recursive: true, force: true });
    release = await lockfile.lock(target, options);
  }
  await writeFile(
    ownerFile,
    JSON.stringify({ pid: process.pid, host: hostname() } satisfies Owner),
  );
  return async () => {
    await rm(ownerFile, { force: true });
    await release();
  };
}
