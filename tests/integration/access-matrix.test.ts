import { beforeAll, describe, expect, it, vi } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";

import { agreementCoverageRows } from "./access-matrix/agreement-coverage";
import { agreementRows } from "./access-matrix/agreements";
import { installChangeCounter, writesSoFar } from "./access-matrix/change-counter";
import { forumModerationRows } from "./access-matrix/forum-moderation";
import { invitationRows } from "./access-matrix/invitations";
import { jobRows } from "./access-matrix/jobs";
import { lessonRows } from "./access-matrix/lessons";
import { notificationRows } from "./access-matrix/notifications";
import { maturityFrameworkRows } from "./access-matrix/maturity-frameworks";
import { organisationImportRows } from "./access-matrix/organisation-import";
import { dashboardRows } from "./access-matrix/dashboard";
import { dataNeedRows } from "./access-matrix/data-needs";
import { forumRows } from "./access-matrix/forums";
import { maturityAssessmentRows } from "./access-matrix/maturity-assessments";
import { maturityResultRows } from "./access-matrix/maturity-results";
import { mobilisationRows } from "./access-matrix/mobilisation";
import { mobilisationOptionRows, offerOf, optionListRows } from "./access-matrix/option-lists";
import { organisationRecordRows } from "./access-matrix/organisation-records";
import { organisationRows } from "./access-matrix/organisations";
import { pathwayRows } from "./access-matrix/pathways";
import { pathwayExportRows } from "./access-matrix/pathway-exports";
import { peopleRows } from "./access-matrix/people";
import type { MatrixRow } from "./access-matrix/row";
import { createWorld, outcomeOf, ROLES, type World } from "./access-matrix/world";

// Every server action and route handler, tried as each of six people. Actions run as they do in
// the app, through their "use server" modules; only the session and request headers are stood in.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/get-actor", () => ({ getActor: () => Promise.resolve(session.actor) }));
// Outside a request there is no page cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({
  cookies: () => Promise.resolve({ get: () => undefined, set: () => undefined }),
  headers: () =>
    Promise.resolve(
      new Headers({ "x-request-id": "access-matrix", "x-forwarded-for": "10.20.30.40" }),
    ),
}));
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const rows: MatrixRow[] = [
  ...organisationRows,
  ...organisationRecordRows,
  ...peopleRows,
  ...pathwayRows,
  ...invitationRows,
  ...organisationImportRows,
  ...dataNeedRows,
  ...pathwayExportRows,
  ...maturityFrameworkRows,
  ...maturityAssessmentRows,
  ...maturityResultRows,
  ...agreementCoverageRows,
  ...agreementRows,
  ...jobRows,
  ...notificationRows,
  ...forumRows,
  ...forumModerationRows,
  ...lessonRows,
  ...mobilisationRows,
  ...dashboardRows,
];

// Any action or handler added to app/ must be added to the matrix, or this fails.
const actionModules = import.meta.glob<Record<string, unknown>>("/app/**/actions.ts", {
  eager: true,
});
const routeModules = import.meta.glob<Record<string, unknown>>("/app/**/route.ts", {
  eager: true,
});
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

// next-auth's own endpoints (sign-in, sign-out, session, CSRF token, providers) are public by
// design and guard themselves with their CSRF token; they read the request through Next's
// request scope, so the end-to-end suite covers them (tests/e2e/sign-in.spec.ts,
// tests/e2e/single-sign-on.spec.ts) rather than this matrix.
const PUBLIC_BY_DESIGN = [
  "app/api/auth/[...nextauth]/route.ts#GET",
  "app/api/auth/[...nextauth]/route.ts#POST",
];

beforeAll(installChangeCounter);

describe("the access matrix", () => {
  it("notices a write to any table but the audit trail", async () => {
    const prisma = await getPrisma();
    const before = await writesSoFar();
    const world = await createWorld();
    const afterInserts = await writesSoFar();
    await prisma.organisation.update({
      where: { id: world.organisationA.id },
      data: { name: world.organisationA.name },
    });
    const afterUpdate = await writesSoFar();
    await prisma.auditEvent.create({ data: { action: "access.denied" } });

    expect(afterInserts).toBeGreaterThan(before);
    expect(afterUpdate).toBeGreaterThan(afterInserts);
    expect(await writesSoFar()).toBe(afterUpdate);
  });

  it("covers every server action and route handler in app/", () => {
    const handlers = [
      ...Object.entries(actionModules).flatMap(([path, module]) =>
        Object.entries(module)
          .filter(([, value]) => typeof value === "function")
          .map(([name]) => `${path.slice(1)}#${name}`),
      ),
      ...Object.entries(routeModules).flatMap(([path, module]) =>
        Object.keys(module)
          .filter((name) => HTTP_METHODS.includes(name))
          .map((name) => `${path.slice(1)}#${name}`),
      ),
    ].sort();
    const covered = [...rows.map((row) => row.handler), ...PUBLIC_BY_DESIGN];
    expect([...new Set(covered)].sort()).toEqual(handlers);
  });

  describe.each(rows)("$handler: $attempt", (row) => {
    const setUp = async () => {
      const world = await createWorld();
      return { world, prepared: await row.prepare?.(world) };
    };
    // A refused attempt changes nothing (checked below), so the people refused share one world;
    // each allowed attempt has a world of its own, which its change cannot carry over.
    let refusedWorld: ReturnType<typeof setUp> | undefined;
    it.each(ROLES)("as %s", async (role) => {
      const { world, prepared } =
        row.expected[role] === "allowed" ? await setUp() : await (refusedWorld ??= setUp());
      session.actor = role === "anonymous" ? null : world.actors[role];
      const before = await writesSoFar();
      const auditBefore = await (await getPrisma()).auditEvent.count();

      const outcome = await outcomeOf(() => row.run(world, prepared));

      expect(outcome).toBe(row.expected[role]);
      if (outcome !== "allowed") {
        expect(await writesSoFar(), "a refused attempt changed data").toBe(before);
      }
      if (outcome === "denied" && row.auditsDenial !== false && role !== "anonymous") {
        const denials = await (
          await getPrisma()
        ).auditEvent.findMany({
          where: { action: "access.denied", actorId: world.actors[role].userId },
        });
        expect(denials.length, "the denial was not audited").toBeGreaterThan(0);
      }
      if (outcome === "allowed" && row.changes) {
        expect(await (await getPrisma()).auditEvent.count()).toBeGreaterThan(auditBefore);
      }
    });
  });
});

describe("the lists of options", () => {
  const signedIn = ROLES.filter((role) => role !== "anonymous");
  describe.each([...optionListRows, ...mobilisationOptionRows])("$list: $record", (row) => {
    // Loading a list of options changes nothing, so the five people share one world.
    let shared: Promise<{ world: World; prepared: unknown }> | undefined;
    it.each(signedIn)("as %s", async (role) => {
      shared ??= createWorld().then(async (world) => ({
        world,
        prepared: await row.prepare(world),
      }));
      const { world, prepared } = await shared;
      const before = await writesSoFar();

      const offer = await offerOf(() => row.offers(world.actors[role], world, prepared));

      expect(offer).toBe(row.expected[role]);
      expect(await writesSoFar(), "loading a list of options changed data").toBe(before);
    });
  });
});
