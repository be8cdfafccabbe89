import { AsyncLocalStorage } from "node:async_hooks";

import { isReadStatement, sequentialScansOf } from "./explain";

// SQL statements per request, for the benchmark only (BENCH_COUNT_QUERIES=true). scripts/serve.mjs
// runs each request inside the tally's AsyncLocalStorage and adds it up once the response has
// gone; the driver adapter below counts every statement Prisma sends while the request runs.
// Off, nothing is wrapped and nothing is counted. Both sides find the one store through a
// process-wide symbol, as the server script is not part of the bundle.

export interface QueryTally {
  queries: number;
  /** Set on a request the benchmark asks to check: each read statement is EXPLAINed once. */
  explain?: ExplainedRequest;
}

export interface ExplainedRequest {
  statements: Set<string>;
  /** A table read whole, its size (PostgreSQL's estimate) and the start of the statement. */
  scans: { table: string; rows: number; statement: string }[];
}

const STORE_KEY = Symbol.for("coalition.benchQueryTally");

type TallyHolder = typeof globalThis & { [STORE_KEY]?: AsyncLocalStorage<QueryTally> };

export function queryTallyStorage(): AsyncLocalStorage<QueryTally> {
  const holder = globalThis as TallyHolder;
  holder[STORE_KEY] ??= new AsyncLocalStorage<QueryTally>();
  return holder[STORE_KEY];
}

export function countingQueriesEnabled(env: Record<string, string | undefined> = process.env) {
  return env.BENCH_COUNT_QUERIES === "true";
}

const COUNTED = new Set(["queryRaw", "executeRaw"]);
// Methods whose answer is itself something that runs statements (a connection, a transaction).
const PASSED_ON = new Set(["connect", "connectToShadowDb", "startTransaction"]);

function countStatement(): QueryTally | undefined {
  const tally = queryTallyStorage().getStore();
  if (tally) tally.queries += 1;
  return tally;
}

type Run = (query: { sql: string; args: unknown[]; argTypes: unknown[] }) => Promise<{
  rows: unknown[][];
}>;

/** Sends EXPLAIN of a read statement first, through the same connection or transaction. */
async function explainStatement(run: Run, query: Parameters<Run>[0], explain: ExplainedRequest) {
  if (!isReadStatement(query.sql) || explain.statements.has(query.sql)) return;
  explain.statements.add(query.sql);
  const plan = await run({ ...query, sql: `EXPLAIN (FORMAT JSON) ${query.sql}` });
  for (const table of sequentialScansOf(plan.rows[0]?.[0])) {
    // The name comes from PostgreSQL's own plan; quoted as a literal all the same.
    const size = await run({
      sql: `SELECT reltuples::float8 FROM pg_class WHERE relname = '${table.replaceAll("'", "''")}' AND relkind = 'r'`,
      args: [],
      argTypes: [],
    });
    const rows = Number(size.rows[0]?.[0] ?? 0);
    explain.scans.push({ table, rows, statement: query.sql.slice(0, 200) });
  }
}

/**
 * Wraps a Prisma driver adapter factory so that every statement sent through it, in or out of a
 * transaction, adds one to the running request's tally.
 */
export function countingQueries<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== "function" || typeof property !== "string") return value;
      if (COUNTED.has(property)) {
        return async (...args: unknown[]): Promise<unknown> => {
          const explain = countStatement()?.explain;
          if (explain && property === "queryRaw") {
            const run: Run = (query) => Reflect.apply(value, object, [query]) as ReturnType<Run>;
            await explainStatement(run, args[0] as Parameters<Run>[0], explain);
          }
          return Reflect.apply(value, object, args);
        };
      }
      if (PASSED_ON.has(property)) {
        return async (...args: unknown[]): Promise<unknown> => {
          const result: unknown = await Reflect.apply(value, object, args);
          return typeof result === "object" && result !== null ? countingQueries(result) : result;
        };
      }
      return value.bind(object) as unknown;
    },
  });
}
