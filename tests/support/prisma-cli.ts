import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const prismaBin = path.join(process.cwd(), "node_modules", ".bin", "prisma");
const cliEnv = (env: Record<string, string>) => ({
  ...process.env,
  CHECKPOINT_DISABLE: "1",
  ...env,
});

/** Runs the Prisma CLI offline through prisma.config.ts (WebAssembly engine, PGlite adapter). */
export async function prisma(args: string[], env: Record<string, string> = {}) {
  return run(prismaBin, args, { env: cliEnv(env), maxBuffer: 16 * 1024 * 1024 });
}

/**
 * What `prisma migrate status` says of an embedded database. The CLI prints its verdict but
 * then keeps the embedded database's event loop alive, so it is stopped once the verdict is out.
 */
export function migrateStatus(pgliteDir: string): Promise<string> {
  const verdict = /Database schema is up to date!|have not yet been applied|failed|drift/i;
  return new Promise((resolve, reject) => {
    const child = spawn(prismaBin, ["migrate", "status"], {
      env: cliEnv({ PRISMA_PGLITE_DIR: pgliteDir }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (verdict.test(output)) child.kill("SIGKILL");
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", () => resolve(output));
  });
}

/** The SQL that builds schema.prisma from nothing, as Prisma computes it. */
export async function sqlForSchemaFromEmpty(): Promise<string> {
  const { stdout } = await prisma([
    "migrate",
    "diff",
    "--from-empty",
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ]);
  return stdout;
}
