// Load benchmark: builds the app, fills a fresh database with a generated dataset, starts the
// built server and measures each page in bench/pages.ts under concurrent load.
// Usage: npm run bench [-- --scale default|national --orgs 2000 --places 20 --needs 50000 --steps 150
//   --flows 600 --pathways 0 --rounds 3 --questions 60 --assessed 2000 --agreements 5000 --duration 10 --connections 10
//   --processes 1 --no-build --topics 20000 --posts 200000 --forum-categories 10 --lessons 2000
//   --interactions 50000 --commitments 10000
//   --only <part of a page's name> --keep]
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import {
  type Database,
  migrateServerDatabase,
  openEmbeddedDatabase,
  openServerDatabase,
} from "@/lib/db/open";

import {
  BENCH_EMAIL,
  BENCH_PASSWORD,
  type Dataset,
  type DatasetSize,
  fillDataset,
  hasData,
  removeDataset,
  SMALL_PATHWAY_FLOWS,
} from "./dataset";
import { type LoadFigures, type LoadOptions, measure, warmUp } from "./load";
import { type BenchPage, benchPages } from "./pages";
import { signIn } from "./session";

const pathOf = (page: BenchPage, dataset: Dataset) =>
  typeof page.path === "string" ? page.path : page.path(dataset);
import { buildApp, findFreePort, type RunningServer, startServer } from "./server";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PORTS = { from: 3200, to: 3299 };

interface BenchOptions extends LoadOptions {
  scale: Scale;
  size: DatasetSize;
  build: boolean;
  /** App processes started on the one database (more than one needs PostgreSQL). */
  processes: number;
  /** Measures only the pages whose name contains this. */
  only: string | undefined;
  /** Leaves the generated data in the database afterwards, to study the statements' plans. */
  keep: boolean;
}

type Scale = "default" | "national";

// Each preset's dataset, as command-line values; a flag given on the command line wins.
const presets: Record<Scale, Partial<Record<string, string>>> = {
  default: {
    orgs: "2000",
    places: "20",
    needs: "50000",
    steps: "150",
    flows: "600",
    pathways: "0",
    rounds: "3",
    questions: "60",
    assessed: "2000",
    agreements: "5000",
    "forum-categories": "10",
    topics: "20000",
    posts: "200000",
    lessons: "2000",
    interactions: "50000",
    commitments: "10000",
  },
  // A national coalition: 25,000 organisations, 2,000 pathways (the measured one and 1,999 small
  // ones: about 20,000 flows), 200,000 data needs and 10,000 assessments (2 rounds of 5,000).
  national: {
    orgs: "25000",
    places: "200",
    needs: "200000",
    steps: "150",
    flows: "600",
    pathways: "1999",
    rounds: "2",
    questions: "60",
    assessed: "5000",
    agreements: "25000",
    "forum-categories": "10",
    topics: "20000",
    posts: "200000",
    lessons: "20000",
    interactions: "250000",
    commitments: "50000",
  },
};

function wholeNumber(name: string, value: string, min: number): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new Error(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  }
  return parsed;
}

function parseOptions(): BenchOptions {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "default" },
      orgs: { type: "string" },
      places: { type: "string" },
      needs: { type: "string" },
      steps: { type: "string" },
      flows: { type: "string" },
      pathways: { type: "string" },
      rounds: { type: "string" },
      questions: { type: "string" },
      assessed: { type: "string" },
      agreements: { type: "string" },
      "forum-categories": { type: "string" },
      topics: { type: "string" },
      posts: { type: "string" },
      lessons: { type: "string" },
      only: { type: "string" },
      interactions: { type: "string" },
      commitments: { type: "string" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      processes: { type: "string", default: "1" },
      "no-build": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
    },
    strict: true,
  });
  const scale = values.scale;
  if (scale !== "default" && scale !== "national") {
    throw new Error(`--scale must be default or national, not "${scale}"`);
  }
  const preset = presets[scale];
  type SizeFlag = "orgs" | "places" | "needs" | "steps" | "flows" | "pathways" | "rounds";
  type ForumFlag = "forum-categories" | "topics" | "posts" | "lessons";
  type ProgrammeFlag = "interactions" | "commitments";
  const sized = (
    name: SizeFlag | ForumFlag | ProgrammeFlag | "questions" | "assessed" | "agreements",
    min: number,
  ) => wholeNumber(name, values[name] ?? preset[name] ?? "", min);
  return {
    scale,
    size: {
      organisations: sized("orgs", 0),
      places: sized("places", 1),
      dataNeeds: sized("needs", 0),
      pathwaySteps: sized("steps", 0),
      pathwayFlows: sized("flows", 0),
      smallPathways: sized("pathways", 0),
      maturityRounds: sized("rounds", 0),
      maturityQuestions: sized("questions", 1),
      assessedOrganisations: sized("assessed", 0),
      agreements: sized("agreements", 0),
      forumCategories: sized("forum-categories", 0),
      forumTopics: sized("topics", 0),
      forumPosts: sized("posts", 0),
      lessons: sized("lessons", 0),
      interactions: sized("interactions", 0),
      commitments: sized("commitments", 0),
    },
    only: values.only,
    duration: wholeNumber("duration", values.duration, 1),
    connections: wholeNumber("connections", values.connections, 1),
    processes: wholeNumber("processes", values.processes, 1),
    build: !values["no-build"],
    keep: values.keep,
  };
}

/** Steps that undo what the run has set up, run last-first, once, even on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];
let cleaningUp: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error("Clean-up step failed:", error);
      }
    }
  })();
  return cleaningUp;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Filled {
  dataset: Dataset;
  openMs: number;
  fillMs: number;
}

async function fill(database: Database, size: DatasetSize, openedAt: number): Promise<Filled> {
  const openMs = performance.now() - openedAt;
  try {
    if (await hasData(database.prisma)) {
      throw new Error(
        "The database already has places or organisations: the benchmark only fills an empty " +
          "database, so that it never clobbers data. Point DATABASE_URL at an empty database.",
      );
    }
    const started = performance.now();
    const dataset = await fillDataset(database.prisma, size);
    // As autovacuum would within a minute of such inserts: without statistics the planner
    // guesses a handful of rows in tables of hundreds of thousands, and picks nested loops.
    await database.prisma.$executeRaw`ANALYZE`;
    return { dataset, openMs, fillMs: performance.now() - started };
  } finally {
    await database.close();
  }
}

/** Fills a fresh embedded data directory, or the empty PostgreSQL database at `databaseUrl`. */
async function prepareDatabase(
  size: DatasetSize,
  databaseUrl: string | undefined,
  keep: boolean,
): Promise<{ filled: Filled; env: Record<string, string> }> {
  const openedAt = performance.now();
  if (databaseUrl) {
    await migrateServerDatabase(databaseUrl);
    const filled = await fill(openServerDatabase(databaseUrl, 4), size, openedAt);
    if (!keep)
      cleanups.push(async () => {
        const database = openServerDatabase(databaseUrl, 4);
        try {
          await removeDataset(database.prisma, filled.dataset);
        } finally {
          await database.close();
        }
      });
    // Signed-in pages need a session secret on PostgreSQL: a fresh one for each run.
    const secret = process.env.NEXTAUTH_SECRET || randomBytes(32).toString("hex");
    return { filled, env: { DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: secret } };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "coalition-bench-"));
  if (keep) console.log(`The embedded database stays in ${dataDir}`);
  else cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  // Closing releases the directory lock, which the server takes next.
  const filled = await fill(await openEmbeddedDatabase(dataDir), size, openedAt);
  return { filled, env: { DATA_DIR: dataDir } };
}

/**
 * Fails unless each page answers 2xx with the text that shows it read the dataset; returns each
 * page's HTML size in bytes (uncompressed).
 */
async function checkPages(
  server: RunningServer,
  dataset: Dataset,
  headersFor: (page: BenchPage) => Record<string, string>,
  pages: BenchPage[],
): Promise<number[]> {
  const { size } = dataset;
  const sizes: number[] = [];
  for (const page of pages) {
    const path = pathOf(page, dataset);
    const response = await fetch(`${server.url}${path}`, { headers: headersFor(page) });
    const body = await response.text();
    if (!response.ok) {
      throw new Error(`${path} answered ${response.status}:\n${server.output()}`);
    }
    const expected = page.expect?.(size, dataset);
    if (expected !== undefined && !body.includes(expected)) {
      throw new Error(`${path} does not contain ${JSON.stringify(expected)}`);
    }
    sizes.push(Buffer.byteLength(body));
  }
  return sizes;
}

/** A table this big or bigger, read whole by a page's statement, is reported. */
const LARGE_TABLE_ROWS = 10_000;

interface SequentialScan {
  table: string;
  rows: number;
  statement: string;
}

/**
 * Each page once more, with every read statement EXPLAINed first (scripts/serve.mjs): the large
 * tables each page's plans read whole.
 */
async function explainPages(
  server: RunningServer,
  dataset: Dataset,
  headersFor: (page: BenchPage) => Record<string, string>,
  pages: BenchPage[],
): Promise<SequentialScan[][]> {
  const found: SequentialScan[][] = [];
  for (const page of pages) {
    const response = await fetch(`${server.url}${pathOf(page, dataset)}`, {
      headers: { ...headersFor(page), "x-bench-explain": "1" },
    });
    await response.arrayBuffer();
    const scans = (await (await fetch(`${server.url}/__bench/scans`)).json()) as SequentialScan[];
    const large = scans.filter((scan) => scan.rows >= LARGE_TABLE_ROWS);
    found.push(large.filter((scan, i) => large.findIndex((x) => x.table === scan.table) === i));
  }
  return found;
}

function printScans(results: PageResult[]): void {
  console.log(
    `\nSequential scans over tables of ${LARGE_TABLE_ROWS.toLocaleString("en-GB")} rows or more ` +
      "(EXPLAIN of every read statement, one request per page):",
  );
  const withScans = results.filter((result) => result.sequentialScans.length > 0);
  if (withScans.length === 0) console.log("  none");
  for (const result of withScans) {
    const tables = result.sequentialScans.map(
      (scan) => `${scan.table} (${Math.round(scan.rows).toLocaleString("en-GB")} rows)`,
    );
    console.log(`  ${result.name}: ${tables.join(", ")}`);
  }
}

interface PageResult extends LoadFigures {
  name: string;
  path: string;
  htmlBytes: number;
  /** SQL statements per request, over the measured requests. */
  queriesPerRequest: number;
  /** Large tables that the page's statements read whole (explainPages). */
  sequentialScans: SequentialScan[];
  /** This page's requests per second over /about's, in the same run. */
  ratioToAbout: number;
}

function printTable(results: PageResult[]): void {
  const header = [
    "page",
    "req/s",
    "× /about",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "HTML kB",
    "SQL/req",
    "non-2xx",
    "errors",
  ];
  const rows = results.map((r) => [
    r.name,
    r.requestsPerSecond.toFixed(1),
    `${(r.ratioToAbout * 100).toFixed(0)}%`,
    r.latencyMs.p50.toFixed(1),
    r.latencyMs.p95.toFixed(1),
    r.latencyMs.p99.toFixed(1),
    (r.htmlBytes / 1000).toFixed(1),
    r.queriesPerRequest.toFixed(1),
    String(r.non2xx),
    String(r.errors),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  // Text columns to the left, figures to the right.
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

function gitRevision(): string | undefined {
  try {
    const git = (...args: string[]) =>
      execFileSync("git", args, { cwd: root, encoding: "utf8" }).trim();
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain") ? " (uncommitted changes)" : ""}`;
  } catch {
    return undefined;
  }
}

interface QueryTotals {
  requests: number;
  queries: number;
}

/**
 * One server's totals. A server still busy with the last requests of a slow page may not take a
 * new connection within fetch's 10 s: ask again, for up to two minutes.
 */
async function readTotals(url: string): Promise<QueryTotals> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await (await fetch(url)).json()) as QueryTotals;
    } catch (error) {
      if (attempt === 12) throw error;
    }
  }
}

/** The statements and requests every server has counted so far (see scripts/serve.mjs). */
async function queryTotals(servers: RunningServer[]): Promise<QueryTotals> {
  const totals = await Promise.all(
    servers.map((server) => readTotals(`${server.url}/__bench/queries`)),
  );
  return totals.reduce((sum, next) => ({
    requests: sum.requests + next.requests,
    queries: sum.queries + next.queries,
  }));
}

async function main(): Promise<void> {
  const options = parseOptions();
  process.chdir(root);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (options.processes > 1 && !databaseUrl) {
    throw new Error("--processes above 1 needs DATABASE_URL: the embedded database has one owner");
  }
  if (options.build) await buildApp(root);

  console.log(
    `\nFilling ${databaseUrl ? "the PostgreSQL database at DATABASE_URL" : "a fresh embedded database"}...`,
  );
  const { filled, env } = await prepareDatabase(options.size, databaseUrl, options.keep);
  const { size, typeCount } = filled.dataset;
  console.log(
    `Dataset (${options.scale}): ${size.organisations} organisations of ${typeCount} types over ` +
      `${size.places} places, ${size.dataNeeds} data needs, a pathway of ${size.pathwaySteps} steps ` +
      `and ${size.pathwayFlows} flows and ${size.smallPathways} more of ` +
      `${SMALL_PATHWAY_FLOWS} flows, ${size.maturityRounds} maturity rounds of ` +
      `${size.maturityQuestions} questions answered by ` +
      `${Math.min(size.assessedOrganisations, size.organisations)} organisations each, ` +
      `${size.agreements} data sharing agreements, ${size.forumPosts} forum posts over ` +
      `${size.forumTopics} topics in ${size.forumCategories} categories, ${size.lessons} lessons, ` +
      `${size.interactions} interactions and ${size.commitments} commitments; ` +
      `filled in ${seconds(filled.fillMs)} (opening and migrating: ${seconds(filled.openMs)})`,
  );

  const servers: RunningServer[] = [];
  for (let index = 0; index < options.processes; index += 1) {
    const port = await findFreePort(PORTS.from + index, PORTS.to);
    const server = startServer({
      root,
      port,
      env: {
        ...env,
        PORT: String(port),
        DEMO_DATA: "false",
        NEXT_TELEMETRY_DISABLED: "1",
        // Counts each request's SQL statements (scripts/serve.mjs); never set outside the benchmark.
        BENCH_COUNT_QUERIES: "true",
      },
    });
    cleanups.push(async () => console.log(`Server stopped: ${await server.stop()}`));
    await server.ready("/api/health");
    console.log(`Server ${server.url} (pid ${server.pid}) is ready.`);
    servers.push(server);
  }
  const first = servers[0]!;
  const cookie = await signIn(first.url, BENCH_EMAIL, BENCH_PASSWORD);
  const headersFor = (page: BenchPage): Record<string, string> => (page.signedIn ? { cookie } : {});
  // --only picks pages by name; /about stays, as every ratio is to it.
  const only = options.only;
  const pages = only
    ? benchPages.filter((page) => page.name.includes(only) || page.path === "/about")
    : benchPages;
  const htmlBytes = await checkPages(first, filled.dataset, headersFor, pages);
  for (const server of servers.slice(1)) {
    await checkPages(server, filled.dataset, headersFor, pages);
  }

  console.log(
    `Load: ${options.connections} connections for ${options.duration} s per page over ` +
      `${servers.length} app process${servers.length === 1 ? "" : "es"}, after a warm-up; ` +
      `${cpus().length} CPUs, Node ${process.version}\n`,
  );
  const measured: Omit<PageResult, "ratioToAbout" | "sequentialScans">[] = [];
  for (const [index, page] of pages.entries()) {
    const path = pathOf(page, filled.dataset);
    const urls = servers.map((server) => `${server.url}${path}`);
    const pageOptions = { ...options, headers: headersFor(page) };
    const warm = await warmUp(urls, pageOptions);
    if (warm.non2xx > 0 || warm.errors > 0) {
      console.warn(`Warm-up of ${path}: ${warm.non2xx} non-2xx, ${warm.errors} errors`);
    }
    const before = await queryTotals(servers);
    const figures = await measure(urls, pageOptions);
    const after = await queryTotals(servers);
    const requests = after.requests - before.requests;
    console.log(
      `${page.name}: ${figures.requestsPerSecond} req/s, p95 ${figures.latencyMs.p95} ms`,
    );
    measured.push({
      name: page.name,
      path,
      ...figures,
      htmlBytes: htmlBytes[index] ?? 0,
      queriesPerRequest: requests > 0 ? (after.queries - before.queries) / requests : 0,
    });
  }
  // After the load, as a request then runs: derived data computed once per change is cached.
  const scans = await explainPages(first, filled.dataset, headersFor, pages);
  const about = measured.find((result) => result.path === "/about")?.requestsPerSecond ?? 0;
  const results: PageResult[] = measured.map((result, index) => ({
    ...result,
    sequentialScans: scans[index] ?? [],
    ratioToAbout: about > 0 ? result.requestsPerSecond / about : 0,
  }));
  printTable(results);
  printScans(results);

  const report = {
    date: new Date().toISOString(),
    revision: gitRevision(),
    node: process.version,
    cpus: cpus().length,
    database: databaseUrl ? "postgresql" : "embedded",
    scale: options.scale,
    processes: servers.length,
    dataset: { ...size, types: typeCount, fillMs: Math.round(filled.fillMs) },
    load: { connections: options.connections, durationSeconds: options.duration },
    pages: results,
  };
  const resultsDir = path.join(root, "bench", "results");
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, "latest.json");
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nResults written to ${path.relative(root, file)}`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and cleaning up...`);
    void cleanUp().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await cleanUp();
}
