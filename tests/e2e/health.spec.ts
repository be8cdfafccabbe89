import { expect, test } from "@playwright/test";

test("GET /api/health reports the version and a live database", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(response.headers()["x-request-id"]).toBeTruthy();
  const body = (await response.json()) as {
    status: string;
    version: string;
    database: { ok: boolean };
  };
  expect(body).toMatchObject({ status: "ok", database: { ok: true } });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});
