import { afterEach, describe, expect, it } from "vitest";

import {
  DatabaseUnavailableDuringBuildError,
  openEmbeddedDatabase,
  openServerDatabase,
} from "@/lib/db/open";

describe("during next build", () => {
  afterEach(() => {
    delete process.env.NEXT_PHASE;
  });

  it("never opens a database", async () => {
    process.env.NEXT_PHASE = "phase-production-build";

    await expect(openEmbeddedDatabase("/nonexistent/should-not-be-created")).rejects.toThrow(
      DatabaseUnavailableDuringBuildError,
    );
    expect(() => openServerDatabase("postgresql://localhost/never", 1)).toThrow(
      DatabaseUnavailableDuringBuildError,
    );
  });
});
