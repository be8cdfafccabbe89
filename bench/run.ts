// Load benchmark: builds the app, fills a fresh database with a generated dataset, starts the
// built server and measures each page in bench/pages.ts under concurrent load.
// Usage: npm run bench [-- --orgs 2000 --places 20 --needs 50000 --steps 150 --flows 600 --rounds 3 --questions 60 --agreements 5000 --duration 10 --connections 10 --no-build]
import { execFileSync } from "node:child_process";
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
  size: DatasetSize;
  build: boolean;
}

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
      orgs: { type: "string", default: "2000" },
      places: { type: "string", default: "20" },
      needs: { type: "string", default: "50000" },
      steps: { type: "string", default: "150" },
      flows: { type: "string", default: "600" },
      rounds: { type: "string", default: "3" },
      questions: { type: "string", default: "60" },
      agreements: { type: "string", default: "5000" },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      "no-build": { type: "boolean", default: false },
    },
    strict: true,
  });
  return {
    size: {
      organisations: wholeNumber("orgs", values.orgs, 0),
      places: wholeNumber("places", values.places, 1),
      dataNeeds: wholeNumber("needs", values.needs, 0),
      pathwaySteps: wholeNumber("steps", values.steps, 0),
      pathwayFlows: wholeNumber("flows", values.flows, 0),
      maturityRounds: wholeNumber("rounds", values.rounds, 0),
      maturityQuestions: wholeNumber("questions", values.questions, 1),
      agreements: wholeNumber("agreements", values.agreements, 0),
    },
    duration: wholeNumber("duration", values.duration, 1),
    connections: wholeNumber("connections", values.connections, 1),
    build: !values["no-build"],
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
    return { dataset, openMs, fillMs: performance.now() - started };
  } finally {
    await database.close();
  }
}

/** Fills a fresh embedded data directory, or the empty PostgreSQL database at `databaseUrl`. */
async function prepareDatabase(
  size: DatasetSize,
  databaseUrl: string | undefined,
): Promise<{ filled: Filled; env: Record<string, string> }> {
  const openedAt = performance.now();
  if (databaseUrl) {
    await migrateServerDatabase(databaseUrl);
    const filled = await fill(openServerDatabase(databaseUrl, 4), size, openedAt);
    cleanups.push(async () => {
      const database = openServerDatabase(databaseUrl, 4);
      try {
        await removeDataset(database.prisma, filled.dataset);
      } finally {
        await database.close();
      }
    });
    return { filled, env: { DATABASE_URL: databaseUrl } };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "coalition-bench-"));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  // Closing releases the directory lock, which the server takes next.
  const filled = await fill(await openEmbeddedDatabase(dataDir), size, openedAt);
  return { filled, env: { DATA_DIR: dataDir } };
}

/** Fails unless each page answers 2xx with the text that shows it read the dataset. */
async function checkPages(
  server: RunningServer,
  dataset: Dataset,
  headersFor: (page: BenchPage) => Record<string, string>,
): Promise<void> {
  const { size } = dataset;
  for (const page of benchPages) {
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
  }
}

interface PageResult extends LoadFigures {
  name: string;
  path: string;
}

function printTable(results: PageResult[]): void {
  const header = ["page", "path", "req/s", "p50 ms", "p95 ms", "p99 ms", "non-2xx", "errors"];
  const rows = results.map((r) => [
    r.name,
    r.path,
    r.requestsPerSecond.toFixed(1),
    r.latencyMs.p50.toFixed(1),
    r.latencyMs.p95.toFixed(1),
    r.latencyMs.p99.toFixed(1),
    String(r.non2xx),
    String(r.errors),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  // Text columns to the left, figures to the right.
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
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

async function main(): Promise<void> {
  const options = parseOptions();
  process.chdir(root);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  if (options.build) await buildApp(root);

  console.log(
    `\nFilling ${databaseUrl ? "the PostgreSQL database at DATABASE_URL" : "a fresh embedded database"}...`,
  );
  const { filled, env } = await prepareDatabase(options.size, databaseUrl);
  const { size, typeCount } = filled.dataset;
  console.log(
    `Dataset: ${size.organisations} organisations of ${typeCount} types over ${size.places} places, ` +
      `${size.dataNeeds} data needs, a pathway of ${size.pathwaySteps} steps and ${size.pathwayFlows} flows, ` +
      `${size.maturityRounds} maturity rounds of ${size.maturityQuestions} questions, ` +
      `${size.agreements} data sharing agreements; ` +
      `filled in ${seconds(filled.fillMs)} (opening and migrating: ${seconds(filled.openMs)})`,
  );

  const port = await findFreePort(PORTS.from, PORTS.to);
  const server = startServer({
    root,
    port,
    env: {
      ...env,
      DEMO_DATA: "false",
      NEXT_TELEMETRY_DISABLED: "1",
      // As `npm run serve`: the app closes the database itself on SIGTERM, then exits.
      NEXT_MANUAL_SIG_HANDLE: "true",
    },
  });
  cleanups.push(async () => console.log(`Server stopped: ${await server.stop()}`));
  await server.ready("/api/health");
  console.log(`Server ${server.url} (pid ${server.pid}) is ready.`);
  const cookie = await signIn(server.url, BENCH_EMAIL, BENCH_PASSWORD);
  const headersFor = (page: BenchPage): Record<string, string> => (page.signedIn ? { cookie } : {});
  await checkPages(server, filled.dataset, headersFor);

  console.log(
    `Load: ${options.connections} connections for ${options.duration} s per page, ` +
      `after a warm-up; ${cpus().length} CPUs, Node ${process.version}\n`,
  );
  const results: PageResult[] = [];
  for (const page of benchPages) {
    const path = pathOf(page, filled.dataset);
    const url = `${server.url}${path}`;
    const pageOptions = { ...options, headers: headersFor(page) };
    const warm = await warmUp(url, pageOptions);
    if (warm.non2xx > 0 || warm.errors > 0) {
      console.warn(`Warm-up of ${path}: ${warm.non2xx} non-2xx, ${warm.errors} errors`);
    }
    results.push({ name: page.name, path, ...(await measure(url, pageOptions)) });
  }
  printTable(results);

  const report = {
    date: new Date().toISOString(),
    revision: gitRevision(),
    node: process.version,
    cpus: cpus().length,
    database: databaseUrl ? "postgresql" : "embedded",
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
