import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";

import { lockDataDirectory } from "./lock";
import { pgliteExtensions } from "./pglite-extensions";

// Backing up and restoring the embedded database (npm run db:backup / db:restore): one file,
// PGlite's dump of its data directory (a gzipped tar). Both take the data directory's lock, so
// they refuse while the app has the database open: PGlite offers no safe dump of a database
// another process is writing. A PostgreSQL server is backed up with pg_dump (see the README).

export class RestoreRefusedError extends Error {
  override name = "RestoreRefusedError";
}

const pgliteDirectory = (dataDir: string) => path.join(dataDir, "pglite");

async function isEmptyDirectory(directory: string): Promise<boolean> {
  try {
    return (await readdir(directory)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    throw error;
  }
}

/** Writes the embedded database in `dataDir` to `file`. Throws while the app has it open. */
export async function backupEmbeddedDatabase(dataDir: string, file: string): Promise<number> {
  const directory = pgliteDirectory(dataDir);
  if (await isEmptyDirectory(directory)) {
    throw new RestoreRefusedError(`There is no embedded database in ${dataDir} to back up.`);
  }
  const release = await lockDataDirectory(directory);
  try {
    const db = await PGlite.create(directory, { extensions: pgliteExtensions });
    try {
      const dump = await db.dumpDataDir("gzip");
      const bytes = Buffer.from(await dump.arrayBuffer());
      await writeFile(file, bytes, { flag: "wx" });
      return bytes.byteLength;
    } finally {
      await db.close();
    }
  } finally {
    await release();
  }
}

/**
 * Restores a backup into `dataDir`, which must hold no database yet: a restore never overwrites
 * one. The app applies any migrations the backup lacks when it next starts.
 */
export async function restoreEmbeddedDatabase(file: string, dataDir: string): Promise<void> {
  const directory = pgliteDirectory(dataDir);
  if (!(await isEmptyDirectory(directory))) {
    throw new RestoreRefusedError(
      `${dataDir} already holds a database, so nothing was restored. Restore into an empty ` +
        `folder (set DATA_DIR to a new one), or move the current database away first.`,
    );
  }
  const bytes = await readFile(file);
  await mkdir(directory, { recursive: true });
  const release = await lockDataDirectory(directory);
  try {
    const db = await PGlite.create(directory, {
      loadDataDir: new Blob([bytes]),
      extensions: pgliteExtensions,
    });
    await db.query("SELECT 1");
    await db.close();
  } finally {
    await release();
  }
}
