import "server-only";

import type { DbClient, DbTransaction } from "@/lib/db/types";

/** The database the lesson functions run on: the client, or a transaction already open. */
export type Db = DbClient | DbTransaction;

/** Runs the work in a transaction: a new one on the client, or the one already open. */
export function inTransaction<T>(db: Db, work: (tx: DbTransaction) => Promise<T>): Promise<T> {
  return "$transaction" in db ? db.$transaction(work) : work(db);
}
