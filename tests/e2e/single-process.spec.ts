import { spawn } from "node:child_process";
import { createServer } from "node:net";

import { expect, test } from "@playwright/test";

// The server under test holds the embedded database; a second server on the same data folder
// must stop at once with a clear message, and the first must go on serving.
test("a second server on the same data folder stops at once and the first keeps working", async ({
  request,
}) => {
  const second = spawn(
    "node_modules/.bin/next",
    ["start", "--port", String(await freePort()), "--hostname", "127.0.0.1"],
    {
      env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    },
  );
  let output = "";
  second.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  second.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      second.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    second.on("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

  expect(exitCode, output).toBe(1);
  expect(output).toContain("is already open in another process");
  expect((await request.get("/api/health")).status()).toBe(200);
});

/** A port nothing listens on, so the second server can only fail for the reason under test. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
