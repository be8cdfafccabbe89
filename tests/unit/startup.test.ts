import { describe, expect, it } from "vitest";

import { readServerEnv } from "@/lib/env";
import { shouldRunJobs, shouldSeedDemoData } from "@/lib/server/startup";

describe("when demo data is seeded", () => {
  it("seeds the embedded database by default but never a server unless asked", () => {
    const env = readServerEnv({});
    expect(shouldSeedDemoData(env, "embedded")).toBe(true);
    expect(shouldSeedDemoData(env, "server")).toBe(false);
  });

  it("follows DEMO_DATA when it is set", () => {
    expect(shouldSeedDemoData(readServerEnv({ DEMO_DATA: "false" }), "embedded")).toBe(false);
    expect(shouldSeedDemoData(readServerEnv({ DEMO_DATA: "true" }), "server")).toBe(true);
  });
});

describe("whether this process runs scheduled jobs", () => {
  it("runs them unless JOBS=off", () => {
    expect(shouldRunJobs(readServerEnv({}))).toBe(true);
    expect(shouldRunJobs(readServerEnv({ JOBS: "on" }))).toBe(true);
    expect(shouldRunJobs(readServerEnv({ JOBS: "off" }))).toBe(false);
    expect(() => readServerEnv({ JOBS: "sometimes" })).toThrow(/JOBS/);
  });
});
