import { cache } from "react";

import type { DbTransaction } from "@/lib/db/types";
import "server-only";

// Derived data (a pathway's content and readiness, a maturity round's results) kept in this
// process's memory, keyed only by values read from the database in the same request before the
// data: a pathway's revision, say, and a change counter that database triggers raise in the same
// transaction as any change to what the data is derived from (see ChangeCounter in
// prisma/schema.prisma). A change made through any app process changes the key, so a stale entry
// is never found again; old entries age out.

/** A bounded map, least recently used first out, that computes each missing value once. */
export class DerivedCache<T> {
  private readonly entries = new Map<string, Promise<T>>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    const found = this.entries.get(key);
    if (found) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limit) break;
      this.entries.delete(oldest);
    }
    return pending;
  }

  /** The value if it is ready, without computing it. */
  peek(key: string): Promise<T> | undefined {
    return this.entries.get(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/**
 * Values worked out once for each entry of a derived cache (and key within it): a table's markup or
 * a sort order made from cached data is the same for every request that reads that entry. A value
 * goes with its entry, when the cache lets the entry go; a change makes a new entry, never found here.
 */
export class PerEntry<Entry extends object, Value> {
  readonly #values = new WeakMap<Entry, Map<string, Value>>();

  get(entry: Entry, key: string, make: () => Value): Value {
    let byKey = this.#values.get(entry);
    if (!byKey) {
      byKey = new Map();
      this.#values.set(entry, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, make());
    return byKey.get(key) as Value;
  }
}

const holder = globalThis as typeof globalThis & {
  [key: symbol]: DerivedCache<unknown> | undefined;
};

/**
 * The process's one cache of this name: Next.js may bundle a module into several route chunks,
 * and they should share it.
 */
export function sharedCache<T>(name: string, limit: number): DerivedCache<T> {
  const key = Symbol.for(`coalition.derived.${name}`);
  holder[key] ??= new DerivedCache<unknown>(limit);
  return holder[key] as DerivedCache<T>;
}

/** The change counters, each raised by triggers on the tables its derived data reads. */
export const changeCounterNames = [
  "pathway-inputs",
  "maturity-results",
  "organisations",
  "pathways",
  "commitments",
  "forum-activity",
] as const;
export type ChangeCounterName = (typeof changeCounterNames)[number];

/** A change counter's current value, for a cache key. */
export async function readChangeCounter(
  db: DbTransaction,
  name: ChangeCounterName,
): Promise<string> {
  return (await readChangeCounters(db, [name]))[name];
}

/** Several change counters' values in one statement, by name. */
export async function readChangeCounters<Name extends ChangeCounterName>(
  db: DbTransaction,
  names: readonly Name[],
): Promise<Record<Name, string>> {
  // Raw SQL: nearly every page runs this, and a model query's plan is compiled afresh on each
  // call, which took twice the CPU of the statement itself.
  const counters = await db.$queryRaw<{ name: string; value: string }[]>`
    SELECT name, value::text AS value FROM "ChangeCounter" WHERE name = ANY(${[...names]})`;
  const found = new Map(counters.map((counter) => [counter.name, counter.value]));
  return Object.fromEntries(names.map((name) => [name, found.get(name) ?? "0"])) as Record<
    Name,
    string
  >;
}

/**
 * Every change counter in one statement, and while a page renders, once for the whole page (React's
 * per-request cache): a page whose parts are kept under different counters reads them together.
 * Outside a render (an action, a job, a test) each call reads afresh.
 */
export const readEveryChangeCounter = cache(
  (db: DbTransaction): Promise<Record<ChangeCounterName, string>> =>
    readChangeCounters(db, changeCounterNames),
);
