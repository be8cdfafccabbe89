import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { agreementContentOf, contentHash } from "@/lib/agreements/canonical";
import type { Database } from "@/lib/db/open";
import { seedDemoData } from "@/lib/db/seed/seed";
import { assessPathways } from "@/lib/pathways/assess-pathway";
import { readDraftContents } from "@/lib/pathways/content";

import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("the demo agreements", () => {
  let db: TestDatabase;
  let database: Database;
  beforeAll(async () => {
    db = await createTestDatabase("migrated");
    database = await db.migrate();
    await seedDemoData(database.prisma);
  });
  afterAll(async () => {
    await database.close();
    await db.dispose();
  });

  it("are about a dozen, in every state", async () => {
    const agreements = await database.prisma.agreement.findMany({ select: { status: true } });
    expect(agreements.length).toBeGreaterThanOrEqual(10);
    expect(agreements.length).toBeLessThanOrEqual(14);
    expect(new Set(agreements.map((a) => a.status))).toEqual(
      new Set([
        "DRAFT",
        "IN_REVIEW",
        "AWAITING_SIGNATURES",
        "ACTIVE",
        "REVIEW_DUE",
        "EXPIRED",
        "TERMINATED",
        "SUPERSEDED",
      ]),
    );
  });

  it("leave the demo pathways with covered, at-risk and uncovered flows", async () => {
    const pathways = await database.prisma.pathway.findMany({
      select: { id: true, name: true, population: true, purpose: true },
    });
    const contents = [...(await readDraftContents(database.prisma, pathways)).values()];
    const readiness = await assessPathways(database.prisma, contents);
    const outcomes = new Set(
      readiness.flatMap((pathway) =>
        [...pathway.flows.values()].map(
          (flow) => flow.findings.find((finding) => finding.signal === "agreement")?.outcome,
        ),
      ),
    );
    expect(outcomes).toEqual(new Set(["ok", "risk", "block"]));
    const verdicts = new Set(
      readiness.flatMap((pathway) => [...pathway.coverage.values()].map((c) => c.verdict)),
    );
    expect(verdicts).toContain("COVERED");
    expect(verdicts).toContain("AT_RISK");
    expect(verdicts).toContain("NOT_COVERED");
  });

  it("carry signatures on the real hash of their version, and one awaits a signature", async () => {
    const agreements = await database.prisma.agreement.findMany({
      include: {
        parties: true,
        dataCategories: true,
        flows: true,
        versions: { include: { signatures: true } },
      },
    });
    let awaiting = 0;
    for (const agreement of agreements) {
      const { parties, dataCategories, flows, versions, ...row } = agreement;
      if (agreement.status === "DRAFT" || agreement.status === "IN_REVIEW") {
        expect(versions).toEqual([]);
        continue;
      }
      const [version] = versions;
      const hash = contentHash(
        agreementContentOf(
          row,
          parties,
          dataCategories.map((c) => c.dataCategoryId),
          flows.map((f) => f.flowId),
        ),
      );
      expect(version?.contentHash).toBe(hash);
      expect(version?.signatures.every((signature) => signature.contentHash === hash)).toBe(true);
      if (agreement.status === "AWAITING_SIGNATURES") {
        expect(version?.signatures.length).toBe(parties.length - 1);
        awaiting += 1;
      }
    }
    expect(awaiting).toBeGreaterThanOrEqual(1);
  });
});
