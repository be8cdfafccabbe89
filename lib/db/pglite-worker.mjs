// The embedded database's own thread (see lib/db/pglite-thread.ts). PGlite runs PostgreSQL's
// queries synchronously in the thread that owns it; here they run beside the app's rendering
// instead of taking turns with it. Each message names an operation and its arguments; each answer
// carries the message's id and a value or an error. Plain JavaScript: Node.js loads it as it is.
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";

import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";

// The same extensions as lib/db/pglite-extensions.ts: a directory with pg_trgm installed cannot
// be opened without it.
const extensions = { pg_trgm };
/** A data directory, or a saved one (a tests' template) loaded into memory, or a new one in memory. */
const { directory, template } = workerData;
const db = template
  ? await PGlite.create({ extensions, loadDataDir: new Blob([await readFile(template)]) })
  : await PGlite.create({ extensions, dataDir: directory });
const adapter = await new PrismaPGlite(db).connect();

/** Open transactions by id: Prisma's, and the migrations' (plain PGlite transactions). */
const transactions = new Map();
let lastTransaction = 0;

/** Starts a PGlite transaction that stays open until `finish` is called with "commit" or "rollback". */
function openTransaction() {
  return new Promise((opened, failed) => {
    const done = db
      .transaction((tx) =>
        new Promise((finish) => {
          opened({ tx, finish, done });
        }).then((outcome) => (outcome === "rollback" ? tx.rollback() : undefined)),
      )
      .catch((error) => {
        failed(error);
        throw error;
      });
  });
}

function transaction(id) {
  const open = transactions.get(id);
  if (!open) throw new Error(`No open transaction ${id}`);
  return open;
}

function remember(open) {
  lastTransaction += 1;
  transactions.set(lastTransaction, open);
  return lastTransaction;
}

const operations = {
  // Prisma's driver adapter.
  queryRaw: (tx, query) => (tx ? transaction(tx).adapter : adapter).queryRaw(query),
  executeRaw: (tx, query) => (tx ? transaction(tx).adapter : adapter).executeRaw(query),
  executeScript: (script) => adapter.executeScript(script),
  async startTransaction(isolationLevel) {
    const tx = await adapter.startTransaction(isolationLevel);
    return { id: remember({ adapter: tx }), options: tx.options };
  },
  async commit(id) {
    const { adapter: tx } = transaction(id);
    transactions.delete(id);
    await tx.commit();
  },
  async rollback(id) {
    const { adapter: tx } = transaction(id);
    transactions.delete(id);
    await tx.rollback();
  },
  // Plain SQL, for migrations and schema checks.
  async query(tx, sql, params) {
    return (await (tx ? transaction(tx).tx : db).query(sql, params)).rows;
  },
  async exec(tx, script) {
    await (tx ? transaction(tx).tx : db).exec(script);
  },
  async begin() {
    return remember(await openTransaction());
  },
  async end(id, outcome) {
    const open = transaction(id);
    transactions.delete(id);
    open.finish(outcome);
    await open.done;
  },
  refreshArrayTypes: () => db.refreshArrayTypes(),
  async close() {
    if (!db.closed) await db.close();
  },
};

/** An error as a plain object: its class does not cross threads, its name and fields do. */
function plain(error) {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const { name, message, stack } = error;
  const fields = Object.fromEntries(
    Object.entries(error).filter(([, value]) => typeof value !== "function"),
  );
  return { ...fields, name, message, stack, cause: error.cause };
}

parentPort.on("message", async ({ id, operation, args }) => {
  try {
    const value = await operations[operation](...args);
    parentPort.postMessage({ id, value });
  } catch (error) {
    try {
      parentPort.postMessage({ id, error: plain(error) });
    } catch {
      // A field that cannot be copied across threads: the error's name and message still go.
      parentPort.postMessage({ id, error: { name: error?.name, message: String(error?.message) } });
    }
  }
});

parentPort.postMessage({ ready: true });
