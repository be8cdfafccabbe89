import { describe, expect, it } from "vitest";

import { GET } from "@/app/api/health/route";
import { getDatabase, useDatabase } from "@/lib/db/client";
import packageJson from "@/package.json";

import { createTestDatabase } from "../support/test-database";

describe("GET /api/health", () => {
  it("reports the version and a database round trip", async () => {
    const response = await GET();

    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as {
      status: string;
      version: string;
      database: { ok: boolean; roundTripMs: number };
    };
    expect(body.status).toBe("ok");
    expect(body.version).toBe(packageJson.version);
    expect(body.database.ok).toBe(true);
    expect(body.database.roundTripMs).toBeGreaterThanOrEqual(0);
  });

  it("answers 503 when the database cannot be reached", async () => {
    const healthy = await getDatabase();
    const db = await createTestDatabase("migrated");
    const unreachable = await db.migrate();
    await unreachable.close();
    useDatabase(unreachable);
    try {
      const response = await GET();

      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: "unavailable",
        version: packageJson.version,
        database: { ok: false },
      });
    } finally {
      useDatabase(healthy);
      await db.dispose();
    }
  });
});
