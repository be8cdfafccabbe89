import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Real processes on one data directory: the lock keeps a second one out, and a process killed
// with SIGKILL mid-write loses nothing it had committed.
const script = path.join(process.cwd(), "tests", "support", "embedded-writer.ts");

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(dataDir: string, mode: "write" | "names"): Running {
  // One process (no tsx wrapper), so that a signal reaches the process that holds the lock.
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", script, dataDir, mode],
    { cwd: process.cwd() },
  );
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

const committed = (output: string) =>
  [...output.matchAll(/^committed (\d+)$/gm)].map((match) => Number(match[1]));

async function until(condition: () => boolean, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the embedded database across processes", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "coalition-process-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps a second process out at once, and loses no committed write to SIGKILL", async () => {
    const writer = start(dataDir, "write");
    try {
      await until(() => committed(writer.stdout()).length >= 20, "the writer's first commits");

      const intruder = start(dataDir, "names");
      const startedAt = Date.now();
      expect(await intruder.exited).toBe(3);
      expect(Date.now() - startedAt).toBeLessThan(15_000);
      expect(intruder.stderr()).toMatch(/already open in another process \(pid \d+\)/);

      const before = committed(writer.stdout()).length;
      await until(() => committed(writer.stdout()).length >= before + 20, "the writer to go on");
    } finally {
      writer.child.kill("SIGKILL");
      await writer.exited;
    }
    const acknowledged = committed(writer.stdout());

    const reader = start(dataDir, "names");
    expect(await reader.exited, reader.stderr()).toBe(0);
    const names = new Set(JSON.parse(reader.stdout()) as string[]);
    const lost = acknowledged.filter((i) => !names.has(`written-${i}`));
    expect(lost).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  });
});
