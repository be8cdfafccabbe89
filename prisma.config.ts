// Configuration for the Prisma CLI. Every command runs offline: the schema engine is Prisma's
// WebAssembly build, talking to an embedded PGlite database through a driver adapter.
import { PGlite } from "@electric-sql/pglite";
import { defineConfig, type PrismaConfig } from "prisma/config";

import { pgliteExtensions } from "./lib/db/pglite-extensions";
import { ScriptAwarePGlite } from "./prisma/script-aware-pglite";

// The schema's datasource URL is required by the CLI but never used: the adapter below is.
process.env.DATABASE_URL ??= "postgresql://embedded/coalition";
// The CLI would otherwise report usage to a remote endpoint.
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // PRISMA_PGLITE_DIR points the CLI at an embedded data directory (for `migrate status`);
  // without it the CLI works on a throwaway in-memory database (for `migrate diff`).
  // pglite-prisma-adapter 0.6 is typed against an older @prisma/driver-adapter-utils; the runtime
  // contract is the same.
  adapter: (() =>
    Promise.resolve(
      new ScriptAwarePGlite(
        new PGlite(process.env.PRISMA_PGLITE_DIR ?? "memory://", { extensions: pgliteExtensions }),
      ),
    )) as unknown as Extract<PrismaConfig, { engine: "js" }>["adapter"],
});
