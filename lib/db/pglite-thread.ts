import path from "node:path";
import { Worker } from "node:worker_threads";

import type { SqlSession, SqlTarget } from "./sql";

// The embedded database in a thread of its own (lib/db/pglite-worker.mjs). PGlite runs each query
// synchronously in the thread that owns it, so in the app's thread queries and rendering take
// turns on one CPU; in a worker they overlap on two. The app's side holds only Prisma's driver
// adapter and the SQL target of the migrations, each a thin forwarder of messages.

/** Where the worker's script is: the app runs from its own folder (npm run serve, tests, scripts). */
export function pgliteWorkerScript(root: string = process.cwd()): string {
  return path.join(root, "lib", "db", "pglite-worker.mjs");
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Answer =
  | { ready: true }
  | { id: number; value?: unknown; error?: Record<string, unknown> & { message: string } };

/** An error from the worker, as its own kind again where Prisma or the app looks at the kind. */
function revived(fields: Record<string, unknown> & { message: string }): Error {
  const error = new Error(fields.message);
  Object.assign(error, fields);
  return error;
}

export class DatabaseThreadStoppedError extends Error {
  override name = "DatabaseThreadStoppedError";
}

/** The messages to and from the database's thread: each call is answered once, in any order. */
class Channel {
  private readonly pending = new Map<number, Pending>();
  private last = 0;
  private stopped: Error | undefined;

  constructor(private readonly worker: Worker) {
    // Like a connection, the thread keeps the process alive only while something waits on it.
    worker.unref();
    worker.on("message", (answer: Answer) => {
      if ("ready" in answer) return;
      const waiting = this.pending.get(answer.id);
      if (!waiting) return;
      this.pending.delete(answer.id);
      if (this.pending.size === 0) worker.unref();
      if (answer.error) waiting.reject(revived(answer.error));
      else waiting.resolve(answer.value);
    });
    const stop = (error: Error) => {
      this.stopped ??= error;
      for (const waiting of this.pending.values()) waiting.reject(this.stopped);
      this.pending.clear();
    };
    worker.on("error", stop);
    worker.on("exit", (code) =>
      stop(new DatabaseThreadStoppedError(`The database's thread stopped (exit code ${code}).`)),
    );
  }

  call<T>(operation: string, ...args: unknown[]): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    this.last += 1;
    const id = this.last;
    return new Promise<T>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, operation, args });
    });
  }
}

interface Query {
  sql: string;
  args: unknown[];
  argTypes: unknown[];
}

const ADAPTER = { provider: "postgres", adapterName: "pglite-prisma-adapter" } as const;

/** Prisma's driver adapter (a connection or an open transaction), answered by the worker. */
function queryable(channel: Channel, tx: number | null) {
  return {
    ...ADAPTER,
    queryRaw: (query: Query) => channel.call("queryRaw", tx, query),
    executeRaw: (query: Query) => channel.call<number>("executeRaw", tx, query),
  };
}

function driverAdapter(channel: Channel) {
  return {
    ...queryable(channel, null),
    executeScript: (script: string) => channel.call<void>("executeScript", script),
    getConnectionInfo: () => ({ schemaName: undefined, supportsRelationJoins: true }),
    async startTransaction(isolationLevel?: string) {
      const { id, options } = await channel.call<{ id: number; options: unknown }>(
        "startTransaction",
        isolationLevel,
      );
      return {
        ...queryable(channel, id),
        options,
        commit: () => channel.call<void>("commit", id),
        rollback: () => channel.call<void>("rollback", id),
      };
    },
    dispose: () => Promise.resolve(),
  };
}

function sqlSession(channel: Channel, tx: number | null): SqlSession {
  return {
    query: <Row>(sql: string, params: unknown[] = []) =>
      channel.call<Row[]>("query", tx, sql, params),
    exec: (script: string) => channel.call<void>("exec", tx, script),
  };
}

export interface PGliteThread {
  /** For `new PrismaClient({ adapter })`. */
  adapterFactory: { provider: "postgres"; adapterName: string; connect(): Promise<unknown> };
  /** For migrations and schema checks. */
  sql: SqlTarget;
  refreshArrayTypes(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Where the thread's database is: a data directory (whose lock the caller holds), a saved data
 * directory loaded into memory (the tests' templates), or, with neither, a new one in memory.
 */
export type PGliteSource = { directory: string } | { template: string } | Record<string, never>;

/** Starts PGlite in a worker thread. */
export async function startPGliteThread(source: PGliteSource): Promise<PGliteThread> {
  // Constructed indirectly: the bundler takes `new Worker(…)` for a worker it should bundle, and
  // this one is loaded by Node.js from the app's folder as it is.
  const worker = Reflect.construct(Worker, [pgliteWorkerScript(), { workerData: source }]);
  await new Promise<void>((ready, failed) => {
    const onError = (error: Error) => failed(error);
    const onExit = (code: number) =>
      failed(new DatabaseThreadStoppedError(`The database's thread stopped (exit code ${code}).`));
    worker.once("error", onError);
    worker.once("exit", onExit);
    worker.once("message", () => {
      worker.off("error", onError);
      worker.off("exit", onExit);
      ready();
    });
  });
  const channel = new Channel(worker);
  const adapter = driverAdapter(channel);
  let closing: Promise<void> | undefined;
  return {
    adapterFactory: { ...ADAPTER, connect: () => Promise.resolve(adapter) },
    sql: {
      ...sqlSession(channel, null),
      async transaction(work) {
        const tx = await channel.call<number>("begin");
        let result;
        try {
          result = await work(sqlSession(channel, tx));
        } catch (error) {
          await channel.call("end", tx, "rollback");
          throw error;
        }
        await channel.call("end", tx, "commit");
        return result;
      },
      // Only the process holding the data directory lock can reach this database.
      exclusively: (work) => work(),
    },
    refreshArrayTypes: () => channel.call<void>("refreshArrayTypes"),
    close: () =>
      (closing ??= (async () => {
        try {
          await channel.call("close");
        } finally {
          await worker.terminate();
        }
      })()),
  };
}
