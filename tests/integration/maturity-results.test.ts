import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { exportRoundResultsCsv } from "@/lib/maturity/results/export-round-results";
import { getOrganisationResults } from "@/lib/maturity/results/get-organisation-results";
import { getRoundReport, getRoundResults } from "@/lib/maturity/results/get-round-results";
import { setResultsSharing } from "@/lib/maturity/results/set-results-sharing";
import { roundResultsQuerySchema } from "@/lib/maturity/schemas";

import { adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation, createPlace } from "../support/factories";
import { createFramework, createRound, type FrameworkFixture } from "../support/maturity-factories";
import { completeAssessment, createNextVersion } from "../support/maturity-results-factories";

const defaultQuery = roundResultsQuerySchema.parse({});

let framework: FrameworkFixture;
let placeId: string;

beforeEach(async () => {
  const prisma = await getPrisma();
  framework = await createFramework(prisma, { dimensions: 3, questions: 2 });
  placeId = (await createPlace(prisma)).id;
});

interface Participant {
  type?: OrganisationType;
  name?: string;
  levels: (number | "n/a")[];
  status?: "NOT_STARTED" | "IN_PROGRESS" | "SUBMITTED" | "RETURNED" | "VALIDATED";
  shares?: boolean;
}

/** A round over the framework with an organisation per participant, answered and scored. */
async function roundWith(
  participants: Participant[],
  options: { fixture?: FrameworkFixture; opensInDays?: number; name?: string } = {},
) {
  const prisma = await getPrisma();
  const fixture = options.fixture ?? framework;
  const organisations = [];
  for (const participant of participants) {
    const organisation = await createOrganisation(prisma, {
      placeId,
      type: participant.type ?? "CARE_HOME",
      name: participant.name,
    });
    if (participant.shares) {
      await prisma.organisation.update({
        where: { id: organisation.id },
        data: { shareMaturityResults: true },
      });
    }
    organisations.push(organisation);
  }
  const round = await createRound(prisma, {
    versionId: fixture.versionId,
    organisationIds: organisations.map((organisation) => organisation.id),
    opensInDays: options.opensInDays,
    name: options.name,
  });
  const assessmentOf = (organisationId: string) =>
    round.assessments.find((assessment) => assessment.organisationId === organisationId)!.id;
  for (const [index, participant] of participants.entries()) {
    const organisation = organisations[index]!;
    const status = participant.status ?? "SUBMITTED";
    if (status === "NOT_STARTED") continue;
    await completeAssessment(
      prisma,
      fixture,
      assessmentOf(organisation.id),
      participant.levels,
      status,
    );
  }
  return { roundId: round.id, ids: organisations.map((organisation) => organisation.id) };
}

async function addRoundFor(
  organisationIds: string[],
  levels: (number | "n/a")[][],
  options: { fixture?: FrameworkFixture; opensInDays?: number; name?: string } = {},
) {
  const prisma = await getPrisma();
  const fixture = options.fixture ?? framework;
  const round = await createRound(prisma, {
    versionId: fixture.versionId,
    organisationIds,
    opensInDays: options.opensInDays,
    name: options.name,
  });
  for (const [index, organisationId] of organisationIds.entries()) {
    const assessment = round.assessments.find((a) => a.organisationId === organisationId)!;
    await completeAssessment(prisma, fixture, assessment.id, levels[index] ?? [3, 3, 3]);
  }
  return round.id;
}

describe("an organisation's results", () => {
  it("are for its own people and leads, and for everyone else only once it shares them", async () => {
    const { ids } = await roundWith([{ levels: [3, 2, 4] }, { levels: [4, 4, 4] }]);
    const [mine, theirs] = ids as [string, string];

    for (const actor of [memberOf(mine), adminOf(mine), lead(), platformAdmin()]) {
      const results = await getOrganisationResults(actor, mine);
      expect(results?.dimensions.map((dimension) => dimension.score)).toEqual([3, 2, 4]);
    }
    expect(await getOrganisationResults(adminOf(theirs), mine)).toBeNull();
    expect(await getOrganisationResults(memberOf(theirs), mine)).toBeNull();

    await setResultsSharing(adminOf(mine), mine, { share: true });
    expect((await getOrganisationResults(adminOf(theirs), mine))?.organisation.name).toBeDefined();
    await setResultsSharing(adminOf(mine), mine, { share: false });
    expect(await getOrganisationResults(adminOf(theirs), mine)).toBeNull();
  });

  it("is null for an organisation that does not exist, a malformed id or an unknown round", async () => {
    const { ids } = await roundWith([{ levels: [3, 3, 3] }]);
    expect(await getOrganisationResults(lead(), "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getOrganisationResults(lead(), "not-an-id")).toBeNull();
    expect(
      await getOrganisationResults(lead(), ids[0]!, "00000000-0000-4000-8000-000000000000"),
    ).toBeNull();
  });

  it("hides an archived organisation's results from all but leads", async () => {
    const prisma = await getPrisma();
    const { ids } = await roundWith([{ levels: [3, 3, 3], shares: true }]);
    await prisma.organisation.update({ where: { id: ids[0] }, data: { archivedAt: new Date() } });
    expect(await getOrganisationResults(memberOf(ids[0]!), ids[0]!)).toBeNull();
    expect(await getOrganisationResults(lead(), ids[0]!)).not.toBeNull();
  });

  it("compares with the median of its peers, leaving itself out, and of the coalition", async () => {
    const { ids } = await roundWith([
      { levels: [1, 3, "n/a"] },
      { levels: [2, 3, 3] },
      { levels: [3, 3, 3] },
      { levels: [4, 3, 3] },
      { type: "GP_PRACTICE", levels: [5, 5, 5] },
      { type: "GP_PRACTICE", levels: [5, 5, 5] },
    ]);
    const results = await getOrganisationResults(lead(), ids[0]!);
    const [first, , third] = results!.dimensions;
    // Peers 2, 3, 4: median 3 (with itself it would be 2.5).
    expect(first).toMatchObject({
      score: 1,
      peers: { median: 3, count: 3, tooFew: false },
      // Everyone: 1, 2, 3, 4, 5, 5.
      coalition: { median: 3.5, count: 5, tooFew: false },
    });
    // Every answer "not applicable": no score, and no score counted.
    expect(third?.score).toBeNull();
    expect(third?.coalition.median).toBe(3);

    const practice = await getOrganisationResults(lead(), ids[4]!);
    expect(practice!.dimensions[0]?.peers).toEqual({ median: null, count: 1, tooFew: true });
    expect(practice!.dimensions[0]?.coalition.median).toBe(3.5);
  });

  it("counts only submitted and validated assessments", async () => {
    const { ids } = await roundWith([
      { levels: [1, 1, 1] },
      { levels: [2, 2, 2], status: "VALIDATED" },
      { levels: [3, 3, 3] },
      { levels: [4, 4, 4] },
      { levels: [5, 5, 5], status: "RETURNED" },
      { levels: [5, 5, 5], status: "IN_PROGRESS" },
    ]);
    const results = await getOrganisationResults(lead(), ids[0]!);
    // Peers 2, 3, 4 only: the returned and unfinished fives would lift it to 4.
    expect(results!.dimensions[0]?.peers).toEqual({ median: 3, count: 3, tooFew: false });
    for (const id of [ids[4]!, ids[5]!]) {
      const notCounted = await getOrganisationResults(lead(), id);
      expect(notCounted?.round).toBeNull();
      expect(notCounted?.rounds).toEqual([]);
    }
  });

  it("names its strongest and weakest dimensions", async () => {
    const { ids } = await roundWith([{ levels: [4, 2, 4] }]);
    const results = await getOrganisationResults(lead(), ids[0]!);
    expect(results!.strongest.map((d) => d.key)).toEqual(["dimension-1", "dimension-3"]);
    expect(results!.weakest.map((d) => d.key)).toEqual(["dimension-2"]);
  });

  it("follows each dimension by its key across rounds and framework versions", async () => {
    const prisma = await getPrisma();
    const organisation = await createOrganisation(prisma, { placeId, type: "CARE_HOME" });
    await addRoundFor([organisation.id], [[1, 2, 3]], { opensInDays: -200, name: "Spring" });
    const next = await createNextVersion(prisma, framework, 2, ["dimension-new"]);
    // Version 2 lists the dimensions in reverse: dimension-3, dimension-2, dimension-1, new.
    const latest = await addRoundFor([organisation.id], [[4, 4, 2, 5]], {
      fixture: next,
      opensInDays: -10,
      name: "Autumn",
    });
    // A round of another framework stays out of the trend.
    const other = await createFramework(prisma, { dimensions: 3 });
    await addRoundFor([organisation.id], [[5, 5, 5]], { fixture: other, opensInDays: -5 });

    const results = await getOrganisationResults(lead(), organisation.id, latest);
    expect(results!.rounds).toHaveLength(3);
    expect(results!.trend.rounds.map((round) => round.name)).toEqual(["Spring", "Autumn"]);
    expect(Object.fromEntries(results!.trend.lines.map((line) => [line.key, line.scores]))).toEqual(
      {
        "dimension-3": [3, 4],
        "dimension-2": [2, 4],
        "dimension-1": [1, 2],
        "dimension-new": [null, 5],
      },
    );
    // Without a round chosen, the latest round of any framework is shown.
    expect((await getOrganisationResults(lead(), organisation.id))!.round?.frameworkId).toBe(
      other.frameworkId,
    );
  });

  it("suggests organisations that scored well where it is weakest, named only if they share", async () => {
    const prisma = await getPrisma();
    const { ids } = await roundWith([
      { name: "Weak Home", levels: [1, 3, 3] },
      { name: "Helpful Home", levels: [4, 3, 3], shares: true },
      { name: "Private Home", levels: [5, 3, 3] },
      { name: "Middling Home", levels: [3, 3, 3], shares: true },
      { name: "Same System Practice", type: "GP_PRACTICE", levels: [4, 3, 3], shares: true },
      { name: "Other Practice", type: "GP_PRACTICE", levels: [5, 3, 3], shares: true },
      { name: "Returned Home", levels: [5, 3, 3], shares: true, status: "RETURNED" },
    ]);
    const system = { category: "CARE_HOME_RECORD" as const, supplier: "Acme", product: "Care" };
    await prisma.systemInUse.createMany({
      data: [
        { ...system, organisationId: ids[0]! },
        { ...system, supplier: "ACME", organisationId: ids[4]! },
      ],
    });
    const results = await getOrganisationResults(adminOf(ids[0]!), ids[0]!);
    const help = results!.help.find((dimension) => dimension.key === "dimension-1");
    expect(
      help?.helpers.map((helper) => [helper.name, helper.sameType, helper.sharedSystems]),
    ).toEqual([
      ["Helpful Home", true, []],
      ["Same System Practice", false, ["ACME Care"]],
      ["Other Practice", false, []],
    ]);
    // Only weak dimensions get help.
    expect(results!.help.map((dimension) => dimension.key)).toEqual(["dimension-1"]);
  });

  it("looks for help in the framework's latest round, and below 2.5 as well as the weakest", async () => {
    const prisma = await getPrisma();
    const { ids } = await roundWith(
      [{ levels: [1, 2, 3] }, { name: "Used To Be Good", levels: [5, 5, 5], shares: true }],
      { opensInDays: -100 },
    );
    const later = await createOrganisation(prisma, { placeId, name: "Good Now" });
    await prisma.organisation.update({
      where: { id: later.id },
      data: { shareMaturityResults: true },
    });
    await addRoundFor(
      [later.id, ids[1]!],
      [
        [5, 5, 5],
        [3, 3, 3],
      ],
    );
    const results = await getOrganisationResults(lead(), ids[0]!);
    expect(results!.weakest.map((d) => d.key)).toEqual(["dimension-1"]);
    expect(
      results!.help.map((dimension) => [dimension.key, dimension.helpers.map((h) => h.name)]),
    ).toEqual([
      ["dimension-1", ["Good Now"]],
      ["dimension-2", ["Good Now"]],
    ]);
  });
});

describe("an organisation's results when a small round is the newest", () => {
  it("default to the latest round with enough organisations to compare, and say which were passed over", async () => {
    const { roundId: autumn, ids } = await roundWith(
      [{ levels: [2, 2, 2] }, { levels: [3, 3, 3] }, { levels: [4, 4, 4] }, { levels: [5, 5, 5] }],
      { opensInDays: -100, name: "Autumn" },
    );
    // A new round that only two of them have answered so far.
    const winter = await addRoundFor(
      [ids[0]!, ids[1]!],
      [
        [3, 3, 3],
        [4, 4, 4],
      ],
      {
        name: "Winter",
      },
    );

    const results = await getOrganisationResults(adminOf(ids[0]!), ids[0]!);
    expect(results!.round?.id).toBe(autumn);
    expect(results!.passedOver.map((round) => round.name)).toEqual(["Winter"]);
    expect(results!.dimensions[0]?.coalition).toMatchObject({ tooFew: false, count: 3 });
    expect(results!.rounds.map((round) => round.name)).toEqual(["Winter", "Autumn"]);

    // The small round can still be chosen, and is then shown as it is.
    const chosen = await getOrganisationResults(adminOf(ids[0]!), ids[0]!, winter);
    expect(chosen!.round?.id).toBe(winter);
    expect(chosen!.passedOver).toEqual([]);
    expect(chosen!.dimensions[0]?.coalition.tooFew).toBe(true);

    // Once enough others have answered, the newest round is the default again.
    const prisma = await getPrisma();
    const late = await createOrganisation(prisma, { placeId, type: "CARE_HOME" });
    const another = await createOrganisation(prisma, { placeId, type: "CARE_HOME" });
    for (const organisationId of [late.id, another.id]) {
      const assessment = await prisma.assessment.create({
        data: { roundId: winter, organisationId },
      });
      await completeAssessment(prisma, framework, assessment.id, [3, 3, 3]);
    }
    const later = await getOrganisationResults(adminOf(ids[0]!), ids[0]!);
    expect(later!.round?.id).toBe(winter);
    expect(later!.passedOver).toEqual([]);
  });

  it("find help in an earlier round where nobody who shares scored well in the latest, and say so", async () => {
    const { ids } = await roundWith(
      [
        { levels: [1, 3, 3] },
        { name: "Was Good At One", levels: [5, 3, 3], shares: true },
        { name: "Private But Good", levels: [5, 5, 5] },
      ],
      { opensInDays: -100, name: "Autumn" },
    );
    const prisma = await getPrisma();
    const newcomer = await createOrganisation(prisma, { placeId, name: "Good At Two" });
    await prisma.organisation.update({
      where: { id: newcomer.id },
      data: { shareMaturityResults: true },
    });
    await addRoundFor(
      [ids[0]!, newcomer.id, ids[2]!],
      [
        [1, 2, 3],
        [3, 5, 3],
        [5, 5, 5],
      ],
      { name: "Winter" },
    );

    const results = await getOrganisationResults(adminOf(ids[0]!), ids[0]!);
    const help = Object.fromEntries(
      results!.help.map((dimension) => [
        dimension.key,
        {
          from: dimension.from,
          names: dimension.helpers.map((helper) => helper.name),
        },
      ]),
    );
    // Nobody who shares scored well on dimension 1 in Winter: Autumn's sharer is suggested.
    expect(help["dimension-1"]).toMatchObject({
      names: ["Was Good At One"],
      from: { name: "Autumn", earlier: true },
    });
    // Dimension 2 has help in the latest round itself.
    expect(help["dimension-2"]).toMatchObject({
      names: ["Good At Two"],
      from: { name: "Winter", earlier: false },
    });
  });

  it("say nothing about rounds and find nobody when no round has anyone to suggest", async () => {
    const { ids } = await roundWith([{ levels: [1, 3, 3] }, { levels: [5, 5, 5] }]);
    const results = await getOrganisationResults(adminOf(ids[0]!), ids[0]!);
    expect(results!.passedOver).toEqual([]);
    expect(
      results!.help.map(({ key, score, helpers, from }) => ({ key, score, helpers, from })),
    ).toEqual([{ key: "dimension-1", score: 1, helpers: [], from: null }]);
  });
});

describe("a round's results", () => {
  it("show others only anonymised distributions and the organisations that share", async () => {
    const { roundId, ids } = await roundWith([
      { name: "Mine", levels: [1, 1, 1] },
      { name: "Sharer", levels: [2, 2, 2], shares: true },
      { name: "Private", levels: [3, 3, 3] },
      { name: "Lone Practice", type: "GP_PRACTICE", levels: [5, 5, 5] },
      { name: "Unfinished", levels: [4, 4, 4], status: "IN_PROGRESS", shares: true },
    ]);
    const results = await getRoundResults(memberOf(ids[0]!), roundId, defaultQuery);
    expect(results!.canSeeCoalition).toBe(false);
    expect(results!.completion).toBeNull();
    expect(results!.table.rows.map((row) => row.name).sort()).toEqual(["Mine", "Sharer"]);
    const careHomes = results!.distributions.find((d) => d.type === "CARE_HOME");
    expect(careHomes?.count).toBe(3);
    expect(careHomes?.dimensions[0]).toMatchObject({ count: 3, min: 1, median: 2, max: 3 });
    // One practice alone would be identified by its distribution.
    const practices = results!.distributions.find((d) => d.type === "GP_PRACTICE");
    expect(practices?.count).toBe(1);
    expect(practices?.dimensions).toEqual([null, null, null]);
    expect(results!.distributions.at(-1)).toMatchObject({ type: null, count: 4 });
    expect(JSON.stringify(results)).not.toContain("Private");
    expect(JSON.stringify(results)).not.toContain("Lone Practice");
  });

  it("show leads every organisation, its status and the round's completion", async () => {
    const { roundId } = await roundWith([
      { name: "Alpha", levels: [1, 2, 3] },
      { name: "Bravo", levels: [5, 4, 3], status: "VALIDATED" },
      { name: "Charlie", levels: [3, 3, 3], status: "RETURNED" },
      { name: "Delta", levels: [], status: "NOT_STARTED" },
    ]);
    const results = await getRoundResults(lead(), roundId, defaultQuery);
    expect(results!.canSeeCoalition).toBe(true);
    expect(results!.table.rows.map((row) => [row.name, row.status, row.scores])).toEqual([
      ["Alpha", "SUBMITTED", [1, 2, 3]],
      ["Bravo", "VALIDATED", [5, 4, 3]],
      ["Charlie", "RETURNED", [null, null, null]],
      ["Delta", "NOT_STARTED", [null, null, null]],
    ]);
    expect(results!.completion).toEqual([
      { status: "NOT_STARTED", count: 1 },
      { status: "IN_PROGRESS", count: 0 },
      { status: "RETURNED", count: 1 },
      { status: "SUBMITTED", count: 1 },
      { status: "VALIDATED", count: 1 },
    ]);
    expect(results!.counted).toBe(2);
  });

  it("sort the table by a dimension, scoreless last, and filter it by type and place", async () => {
    const { roundId } = await roundWith([
      { name: "Alpha", levels: [1, 2, 3] },
      { name: "Bravo", levels: [5, 4, 3] },
      { name: "Charlie", levels: [3, 3, 3], status: "IN_PROGRESS" },
      { name: "Delta", type: "PHARMACY", levels: [4, 4, 4] },
    ]);
    const sorted = await getRoundResults(lead(), roundId, {
      ...defaultQuery,
      sort: "dimension-1",
      order: "desc",
    });
    expect(sorted!.table.rows.map((row) => row.name)).toEqual([
      "Bravo",
      "Delta",
      "Alpha",
      "Charlie",
    ]);
    // Equal scores in name order, whichever way the scores run.
    const byThird = await getRoundResults(lead(), roundId, {
      ...defaultQuery,
      sort: "dimension-3",
      order: "desc",
    });
    expect(byThird!.table.rows.map((row) => row.name)).toEqual([
      "Delta",
      "Alpha",
      "Bravo",
      "Charlie",
    ]);
    const byName = await getRoundResults(lead(), roundId, { ...defaultQuery, order: "desc" });
    expect(byName!.table.rows.map((row) => row.name)).toEqual([
      "Delta",
      "Charlie",
      "Bravo",
      "Alpha",
    ]);
    const pharmacies = await getRoundResults(lead(), roundId, {
      ...defaultQuery,
      type: "PHARMACY",
    });
    expect(pharmacies!.table.rows.map((row) => row.name)).toEqual(["Delta"]);
    const elsewhere = await getRoundResults(lead(), roundId, {
      ...defaultQuery,
      place: (await createPlace(await getPrisma())).id,
    });
    expect(elsewhere!.table.total).toBe(0);
  });

  it("page the table twenty-five organisations at a time", async () => {
    const prisma = await getPrisma();
    const organisations = await Promise.all(
      Array.from({ length: 53 }, (_, index) =>
        createOrganisation(prisma, { placeId, name: `Paged ${String(index).padStart(2, "0")}` }),
      ),
    );
    const round = await createRound(prisma, {
      versionId: framework.versionId,
      organisationIds: organisations.map((organisation) => organisation.id),
    });
    const last = await getRoundResults(lead(), round.id, { ...defaultQuery, page: 3 });
    expect(last!.table).toMatchObject({ total: 53, page: 3, pageCount: 3 });
    expect(last!.table.rows.map((row) => row.name)).toEqual(["Paged 50", "Paged 51", "Paged 52"]);
    const beyond = await getRoundResults(lead(), round.id, { ...defaultQuery, page: 9 });
    expect(beyond!.table.page).toBe(3);
  });

  it("are null for a round that does not exist", async () => {
    expect(
      await getRoundResults(lead(), "00000000-0000-4000-8000-000000000000", defaultQuery),
    ).toBeNull();
    expect(await getRoundResults(lead(), "nope", defaultQuery)).toBeNull();
  });

  it("give the board report and the CSV export to leads only", async () => {
    const { roundId, ids } = await roundWith([{ levels: [3, 3, 3], shares: true }]);
    for (const actor of [memberOf(ids[0]!), adminOf(ids[0]!)]) {
      await expect(getRoundReport(actor, roundId)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(exportRoundResultsCsv(actor, roundId)).rejects.toMatchObject({
        code: "FORBIDDEN",
      } satisfies Partial<AppError>);
    }
    const report = await getRoundReport(platformAdmin(), roundId);
    expect(report!.table.rows).toHaveLength(1);
    expect(report!.completion).not.toBeNull();
  });

  it("export one row per organisation, with formulas made harmless", async () => {
    const { roundId } = await roundWith([
      { name: '=HYPERLINK("http://evil.example")', levels: [1, 2, "n/a"] },
      { name: "Plain Home", levels: [], status: "NOT_STARTED", shares: true },
    ]);
    const file = await exportRoundResultsCsv(lead(), roundId);
    const records: string[][] = parse(file!.csv, { bom: true });
    const [headings, ...rows] = records;
    expect(headings).toEqual([
      "Organisation",
      "ODS code",
      "Type",
      "Place",
      "Status",
      "Shares named results",
      "Dimension 1",
      "Dimension 2",
      "Dimension 3",
    ]);
    expect(rows.map((row) => [row[0], row[4], row[5], ...row.slice(6)])).toEqual([
      ['\'=HYPERLINK("http://evil.example")', "Submitted", "No", "1.0", "2.0", ""],
      ["Plain Home", "Not started", "Yes", "", "", ""],
    ]);
    expect(file!.fileName).toMatch(/^maturity-results-round-[a-z0-9-]+\.csv$/);
  });
});

describe("choosing whether to share named results", () => {
  it("is the organisation's admins' choice, audited once per change", async () => {
    const prisma = await getPrisma();
    const organisation = await createOrganisation(prisma, { placeId });
    const other = await createOrganisation(prisma, { placeId });
    for (const actor of [memberOf(organisation.id), adminOf(other.id), lead()]) {
      await expect(
        setResultsSharing(actor, organisation.id, { share: true }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const admin = adminOf(organisation.id);
    await setResultsSharing(admin, organisation.id, { share: true }, { requestId: "r-share" });
    await setResultsSharing(admin, organisation.id, { share: true });
    const events = await prisma.auditEvent.findMany({ where: { entityId: organisation.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: "maturity.results_shared",
      actorId: admin.userId,
      requestId: "r-share",
      before: { shareMaturityResults: false },
      after: { shareMaturityResults: true },
    });
    await expect(setResultsSharing(admin, organisation.id, { share: "yes" })).rejects.toThrow();
    expect(
      (await prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } }))
        .shareMaturityResults,
    ).toBe(true);
  });
});
