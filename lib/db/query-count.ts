import { AsyncLocalStorage } from "node:async_hooks";

// SQL statements per request, for the benchmark only (BENCH_COUNT_QUERIES=true). scripts/serve.mjs
// runs each request inside the tally's AsyncLocalStorage and adds it up once the response has
// gone; the driver adapter below counts every statement Prisma sends while the request runs.
// Off, nothing is wrapped and nothing is counted. Both sides find the one store through a
// process-wide symbol, as the server script is not part of the bundle.

export interface QueryTally {
  queries: number;
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

function countStatement(): void {
  const tally = queryTallyStorage().getStore();
  if (tally) tally.queries += 1;
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
        return (...args: unknown[]): unknown => {
          countStatement();
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
