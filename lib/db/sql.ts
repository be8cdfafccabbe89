import type { PGlite, Transaction } from "@electric-sql/pglite";
import type pg from "pg";

/** The few SQL operations that migrations and schema checks need, on either driver. */
export interface SqlSession {
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (the simple query protocol). */
  exec(script: string): Promise<void>;
}

export interface SqlTarget extends SqlSession {
  transaction<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  /** Runs `work` while holding the cross-process migration lock (a no-op where one process owns the database). */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
}

function pgliteSession(db: PGlite | Transaction): SqlSession {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
    async exec(script: string) {
      await db.exec(script);
    },
  };
}

export function pgliteTarget(db: PGlite): SqlTarget {
  return {
    ...pgliteSession(db),
    transaction: (work) => db.transaction((tx) => work(pgliteSession(tx))),
    // Only the process holding the data directory lock can reach this database.
    exclusively: (work) => work(),
  };
}

function pgSession(client: pg.ClientBase): SqlSession {
  return {
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as Row[];
    },
    async exec(script: string) {
      await client.query(script);
    },
  };
}

// Prisma Migrate takes the same advisory lock, so our runner and `prisma migrate` never overlap.
const MIGRATION_LOCK_KEY = 72707369;

/** A target bound to one pooled connection, so that locks and transactions stay on it. */
export function pgTarget(client: pg.ClientBase): SqlTarget {
  const session = pgSession(client);
  return {
    ...session,
    async transaction(work) {
      await client.query("BEGIN");
      try {
        const result = await work(session);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
    async exclusively(work) {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    },
  };
}
