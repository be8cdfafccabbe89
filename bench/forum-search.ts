// Forum search, timed directly: fills an empty database with generated forums, then runs a set of
// searches through searchForums (the function the search page calls) and prints p50/p95 per
// search and overall, and the query plan of one search, to see the GIN indexes at work.
// Usage: npm run bench:search [-- --posts 200000 --topics 20000 --categories 10 --rounds 20]
// With DATABASE_URL: that empty PostgreSQL database (what it adds is removed afterwards);
// without: a fresh embedded database in a temporary folder.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import type { Actor } from "@/lib/auth/actor";
import {
  type Database,
  migrateServerDatabase,
  openEmbeddedDatabase,
  openServerDatabase,
} from "@/lib/db/open";
import { forumSearchQuerySchema } from "@/lib/forums/search/schemas";
import {
  configureSearch,
  forumSearchStatement,
  searchForums,
} from "@/lib/forums/search/search-forums";
import { Prisma } from "@/lib/generated/prisma/client";

import { FORUM_PREFIX, insertForums, removeForums } from "./forum-dataset";

const SEARCHES: Record<string, string>[] = [
  { q: "discharge summary" },
  { q: "SystmOne" },
  { q: "care home record access" },
  { q: '"shared record"' },
  { q: "fax -email" },
  { q: "palliative hospice" },
  { q: "governance agreement template", solved: "yes" },
  { q: "Sytemone" },
  { q: "medicaton reconcilation" },
  { q: "discharge", page: "3" },
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

async function main() {
  const { values } = parseArgs({
    options: {
      posts: { type: "string", default: "200000" },
      topics: { type: "string", default: "20000" },
      categories: { type: "string", default: "10" },
      rounds: { type: "string", default: "20" },
      /** Leaves the generated forums in place, and uses them on the next run. */
      keep: { type: "boolean", default: false },
      explain: { type: "string", default: "discharge summary" },
    },
  });
  const size = {
    forumPosts: Number(values.posts),
    forumTopics: Number(values.topics),
    forumCategories: Number(values.categories),
    lessons: 0,
  };
  const rounds = Number(values.rounds);
  const databaseUrl = process.env.DATABASE_URL || undefined;
  let dataDir: string | undefined;
  let database: Database;
  if (databaseUrl) {
    await migrateServerDatabase(databaseUrl);
    database = openServerDatabase(databaseUrl, 4);
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), "coalition-search-bench-"));
    database = await openEmbeddedDatabase(dataDir);
  }
  const { prisma } = database;
  try {
    const kept = await prisma.forumCategory.count({
      where: { slug: { startsWith: FORUM_PREFIX } },
    });
    if (!kept && (await prisma.forumCategory.count()) > 0) {
      throw new Error(
        "The database already has forum categories: point DATABASE_URL at an empty one.",
      );
    }
    const started = performance.now();
    // Forums left by an earlier run with --keep are used as they are.
    if (!kept) await insertForums(prisma, size, []);
    const fillMs = performance.now() - started;
    console.log(
      `${databaseUrl ? "PostgreSQL" : "Embedded (PGlite)"}: ${size.forumPosts} posts over ` +
        `${size.forumTopics} topics in ${size.forumCategories} categories, filled in ` +
        `${(fillMs / 1000).toFixed(1)} s`,
    );
    const member: Actor = {
      userId: "00000000-0000-4000-8000-000000000001",
      email: "member@bench.invalid",
      name: "Benchmark member",
      role: "USER",
      memberships: [{ organisationId: "00000000-0000-4000-8000-000000000002", role: "MEMBER" }],
    };
    await prisma.$executeRaw`ANALYZE`;

    const timings = new Map<string, number[]>();
    const all: number[] = [];
    for (const search of SEARCHES)
      await searchForums(prisma, member, forumSearchQuerySchema.parse(search)); // warm-up
    for (let round = 0; round < rounds; round += 1) {
      for (const search of SEARCHES) {
        const query = forumSearchQuerySchema.parse(search);
        const t0 = performance.now();
        const found = await searchForums(prisma, member, query);
        const ms = performance.now() - t0;
        const key = `${JSON.stringify(search)} (${found.total} topics)`;
        timings.set(key, [...(timings.get(key) ?? []), ms]);
        all.push(ms);
      }
    }
    console.log(`\n${rounds} rounds of ${SEARCHES.length} searches, one at a time:\n`);
    for (const [key, list] of timings) {
      const sorted = [...list].sort((a, b) => a - b);
      console.log(
        `p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms  ${key}`,
      );
    }
    const sorted = [...all].sort((a, b) => a - b);
    console.log(
      `\nAll searches: p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(sorted, 99).toFixed(1)} ms over ${all.length}`,
    );

    const explained = { q: values.explain };
    const statement = forumSearchStatement(member, forumSearchQuerySchema.parse(explained));
    if (statement) {
      const plan = await prisma.$transaction(async (tx) => {
        await configureSearch(tx);
        return tx.$queryRaw<{ "QUERY PLAN": string }[]>(
          Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF) ${statement}`,
        );
      });
      console.log(`\nPlan of ${JSON.stringify(explained)}:\n`);
      console.log(plan.map((line) => line["QUERY PLAN"]).join("\n"));
    }
  } finally {
    if (databaseUrl && !values.keep) await removeForums(prisma);
    await database.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  process.exitCode = 1;
  console.error(error instanceof Error ? error.message : error);
}
