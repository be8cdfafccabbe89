import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export interface RunningServer {
  url: string;
  pid: number | undefined;
  /** Polls `path` until it answers 200; fails at once if the server process exits first. */
  ready(path: string): Promise<void>;
  /** The server's recent output, for error messages. */
  output(): string;
  /** SIGTERM, then waits for the process to exit (SIGKILL if it takes too long); how it ended. */
  stop(): Promise<string>;
}

const OUTPUT_LINES_KEPT = 50;
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** The first port in [from, to] that nothing listens on. */
export async function findFreePort(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port++) {
    if (await isFree(port)) return port;
  }
  throw new Error(`No free port between ${from} and ${to}`);
}

// A process that could not be spawned at all has no pid.
const hasExited = (child: ChildProcess) =>
  child.pid === undefined || child.exitCode !== null || child.signalCode !== null;

const ending = (child: ChildProcess) =>
  child.signalCode ? `killed by ${child.signalCode}` : `exit code ${child.exitCode}`;

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (hasExited(child)) return true;
  const exited = once(child, "exit").then(() => true);
  return Promise.race([exited, sleep(ms).then(() => hasExited(child))]);
}

/**
 * Starts the built app as `npm run serve` does (scripts/serve.mjs, on the port in `env.PORT`) in a
 * child process; `env` is added to this process's environment. Register `stop` for clean-up at
 * once, then wait for `ready`.
 */
export function startServer(options: {
  root: string;
  port: number;
  env: Record<string, string>;
}): RunningServer {
  const serve = path.join(options.root, "scripts", "serve.mjs");
  const child = spawn(process.execPath, [serve], {
    cwd: options.root,
    env: { ...process.env, ...options.env, NODE_ENV: "production", PORT: String(options.port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - OUTPUT_LINES_KEPT));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.on("error", (error) => lines.push(`Could not run ${serve}: ${error.message}`));
  const output = () => lines.join("\n");
  const url = `http://127.0.0.1:${options.port}`;

  return {
    url,
    pid: child.pid,
    output,
    async ready(readyPath) {
      const deadline = Date.now() + READY_TIMEOUT_MS;
      while (Date.now() < deadline) {
        if (hasExited(child)) {
          throw new Error(
            `The server stopped (${ending(child)}) before it was ready:\n${output()}`,
          );
        }
        try {
          const response = await fetch(`${url}${readyPath}`, {
            signal: AbortSignal.timeout(2_000),
          });
          await response.arrayBuffer();
          if (response.status === 200) return;
        } catch {
          // Not listening yet.
        }
        await sleep(250);
      }
      throw new Error(
        `The server did not answer ${readyPath} in ${READY_TIMEOUT_MS} ms:\n${output()}`,
      );
    },
    async stop() {
      if (hasExited(child)) return `had already stopped (${ending(child)})`;
      child.kill("SIGTERM");
      if (await waitForExit(child, STOP_TIMEOUT_MS)) return ending(child);
      child.kill("SIGKILL");
      await waitForExit(child, STOP_TIMEOUT_MS);
      return `${ending(child)} after ignoring SIGTERM for ${STOP_TIMEOUT_MS} ms`;
    },
  };
}

/** Runs `npm run build` in `root`, its output shown as it comes. */
export async function buildApp(root: string): Promise<void> {
  const child = spawn("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`npm run build failed (exit code ${code})`);
}
