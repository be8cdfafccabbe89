import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { GET as exportDataNeeds } from "@/app/data-needs/export.csv/route";
import { GET as exportRoundResults } from "@/app/maturity/rounds/[roundId]/results/export.csv/route";
import { GET as exportPathwayJson } from "@/app/pathways/[pathwayId]/export/pathway.json/route";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { attachmentDisposition, runRoute } from "@/lib/server/route";

import { lead, memberOf } from "../support/actors";
import { createOrganisation } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/get-actor", () => ({ getActor: () => Promise.resolve(session.actor) }));
// Route handlers read the request id and address from the request headers.
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-request-id": "route-test" })),
}));

const deniedCount = async () =>
  (await getPrisma()).auditEvent.count({ where: { action: "access.denied" } });

/** What every error answer carries: its code, a message, the request id; never a stack. */
async function expectErrorBody(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("private, no-store");
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts/);
  return body;
}

beforeEach(() => {
  session.actor = lead();
});

describe("runRoute", () => {
  it("maps an AppError from lib/ to its status, and audits a denial", async () => {
    const before = await deniedCount();
    await expectErrorBody(
      await runRoute("test.forbidden", () => Promise.reject(new AppError("FORBIDDEN", "No."))),
      403,
      "FORBIDDEN",
    );
    expect(await deniedCount()).toBe(before + 1);
    await expectErrorBody(
      await runRoute("test.missing", () => Promise.reject(new AppError("NOT_FOUND", "Gone."))),
      404,
      "NOT_FOUND",
    );
    await expectErrorBody(
      await runRoute("test.invalid", () =>
        Promise.reject(new AppError("VALIDATION", "Check it.", { q: ["Bad"] })),
      ),
      422,
      "VALIDATION",
    );
    expect(await deniedCount()).toBe(before + 1);
  });

  it("maps bad input (a ZodError) to 422 with field errors, and anything else to a generic 500", async () => {
    const body = await expectErrorBody(
      await runRoute("test.zod", async () => {
        z.object({ q: z.string() }).parse({ q: 1 });
        return Promise.reject(new Error("unreachable"));
      }),
      422,
      "VALIDATION",
    );
    expect(
      (body as { error: { fieldErrors?: Record<string, string[]> } }).error.fieldErrors?.q,
    ).toHaveLength(1);
    const internal = await expectErrorBody(
      await runRoute("test.crash", () => Promise.reject(new Error("secret details"))),
      500,
      "INTERNAL",
    );
    expect(JSON.stringify(internal)).not.toContain("secret details");
  });

  it("answers 401 to someone not signed in, before the work runs", async () => {
    session.actor = null;
    const work = vi.fn(() => Promise.resolve(new Response("file")));
    await expectErrorBody(await runRoute("test.anonymous", work), 401, "UNAUTHENTICATED");
    expect(work).not.toHaveBeenCalled();
  });

  it("answers a download as an attachment that no cache keeps, whatever its name", async () => {
    const response = await runRoute("test.download", () =>
      Promise.resolve({ body: "a,b\n", fileName: "plain-name.csv", contentType: "text/csv" }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="plain-name.csv"',
    );
    expect(response.headers.get("content-type")).toBe("text/csv");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(attachmentDisposition('a"b\r\nc«d».csv')).toBe(
      `attachment; filename="a_b__c_d_.csv"; filename*=UTF-8''a%22b%0D%0Ac%C2%ABd%C2%BB.csv`,
    );
  });
});

describe("the route handlers on runRoute", () => {
  it("refuse a member the coalition's data needs with a 403 body, audited", async () => {
    const organisation = await createOrganisation(await getPrisma());
    session.actor = memberOf(organisation.id);
    const before = await deniedCount();
    await expectErrorBody(
      await exportDataNeeds(new Request("http://localhost/data-needs/export.csv")),
      403,
      "FORBIDDEN",
    );
    expect(await deniedCount()).toBe(before + 1);
  });

  it("answer 404 for a round or a pathway that is not there, never 500", async () => {
    const roundId = "not-an-id";
    await expectErrorBody(
      await exportRoundResults(new Request("http://localhost/x"), {
        params: Promise.resolve({ roundId }),
      }),
      404,
      "NOT_FOUND",
    );
    await expectErrorBody(
      await exportPathwayJson(new Request("http://localhost/x"), {
        params: Promise.resolve({ pathwayId: "00000000-0000-4000-8000-000000000000" }),
      }),
      404,
      "NOT_FOUND",
    );
  });

  it("read a hostile query only after authenticating, and never fail on it", async () => {
    const response = await exportDataNeeds(
      new Request("http://localhost/data-needs/export.csv?place=%00&category=%ED%A0%80"),
    );
    expect(response.status).toBe(200);
  });
});
