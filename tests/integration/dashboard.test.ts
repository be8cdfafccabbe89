import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { loadDashboard } from "@/lib/dashboard/load-dashboard";
import { loadBoardReport } from "@/lib/dashboard/report";
import { readTrends, takeProgrammeSnapshot } from "@/lib/dashboard/snapshots";
import { snapshotFiguresSchema } from "@/lib/dashboard/schemas";
import { getPrisma } from "@/lib/db/client";
import type { DbClient } from "@/lib/db/types";
import { queryTallyStorage } from "@/lib/db/query-count";

import { actor, lead, memberOf } from "../support/actors";
import { insertAgreement } from "../support/agreement-factories";
import { createDataCategory, createDataNeed } from "../support/data-need-factories";
import { createOrganisation, createPlace, createUser } from "../support/factories";
import { createForumCategory } from "../support/forum-factories";
import { createFramework, createRound } from "../support/maturity-factories";
import { completeAssessment } from "../support/maturity-results-factories";

// One coalition for the file: two places; in Northgate three care homes and a hospital, in
// Southvale one GP practice. Figures are checked against what was made here.
// Statements are counted (as the benchmark counts them) so that the figures' cost is checked.
process.env.BENCH_COUNT_QUERIES = "true";

const NOW = new Date("2026-06-15T09:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let prisma: DbClient;
let north: string;
let south: string;
let hospital: { id: string; name: string };
let homes: { id: string; name: string }[];
let practice: { id: string; name: string };

async function commitment(organisationId: string, status: string, dueOn: string, title: string) {
  await prisma.commitment.create({
    data: {
      organisationId,
      title,
      status: status as "OPEN",
      dueOn: day(dueOn),
    },
  });
}

beforeAll(async () => {
  prisma = await getPrisma();
  north = (await createPlace(prisma, { name: "Northgate" })).id;
  south = (await createPlace(prisma, { name: "Southvale" })).id;
  hospital = await createOrganisation(prisma, {
    placeId: north,
    type: "ACUTE_TRUST",
    name: "North Hospital",
  });
  homes = [];
  for (const name of ["Ash House", "Birch House", "Cedar House"]) {
    homes.push(await createOrganisation(prisma, { placeId: north, type: "CARE_HOME", name }));
  }
  practice = await createOrganisation(prisma, {
    placeId: south,
    type: "GP_PRACTICE",
    name: "South Surgery",
  });
  const archived = await createOrganisation(prisma, { placeId: south, name: "Gone Surgery" });
  await prisma.organisation.update({ where: { id: archived.id }, data: { archivedAt: NOW } });

  // Engagement: the hospital is leading; two homes are below where they should be.
  await prisma.organisation.update({
    where: { id: hospital.id },
    data: {
      engagementCurrent: "LEADING",
      engagementDesired: "LEADING",
      influence: "HIGH",
      interest: "HIGH",
    },
  });
  await prisma.organisation.updateMany({
    where: { id: { in: [homes[0]!.id, homes[1]!.id] } },
    data: {
      engagementCurrent: "NEUTRAL",
      engagementDesired: "SUPPORTIVE",
      influence: "LOW",
      interest: "HIGH",
    },
  });
  await prisma.organisation.update({
    where: { id: practice.id },
    data: { engagementCurrent: "RESISTANT", engagementDesired: "SUPPORTIVE" },
  });

  // Commitments: overdue (two), due soon (one), later (one), done (one), overdue but dropped.
  await commitment(homes[0]!.id, "OPEN", "2026-05-01", "Sign the discharge agreement");
  await commitment(practice.id, "AT_RISK", "2026-06-01", "Complete the maturity round");
  await commitment(homes[1]!.id, "IN_PROGRESS", "2026-07-01", "Connect to the shared record");
  await commitment(hospital.id, "OPEN", "2026-12-01", "Publish the discharge summary");
  await commitment(hospital.id, "DONE", "2026-03-01", "Name a champion");
  await commitment(homes[2]!.id, "DROPPED", "2026-01-01", "Dropped long ago");

  // Data needs: one met, one partly, two not met (one in Southvale).
  const category = (await createDataCategory(prisma)).id;
  const need = (organisationId: string, metToday: "FULLY" | "PARTLY" | "NOT_AT_ALL") =>
    createDataNeed(prisma, organisationId, {
      dataCategoryId: category,
      sourceOrganisationId: hospital.id,
      metToday,
    });
  await need(homes[0]!.id, "FULLY");
  await need(homes[1]!.id, "PARTLY");
  await need(homes[2]!.id, "NOT_AT_ALL");
  await need(practice.id, "NOT_AT_ALL");

  // Agreements: an active one in Northgate, a draft in Southvale.
  await insertAgreement(prisma, {
    parties: [{ organisationId: hospital.id }, { organisationId: homes[0]!.id }],
    status: "ACTIVE",
  });
  await insertAgreement(prisma, {
    parties: [{ organisationId: practice.id }, { organisationId: hospital.id }],
    status: "DRAFT",
  });

  // Maturity: an older round with four results, a newer one with only two (too few to show).
  const framework = await createFramework(prisma, { dimensions: 2, questions: 1 });
  const older = await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [hospital.id, ...homes.map((home) => home.id)],
    opensInDays: -60,
    name: "Spring round",
  });
  const newer = await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [hospital.id, homes[0]!.id],
    opensInDays: -10,
    name: "Summer round",
  });
  const assessments = await prisma.assessment.findMany({
    where: { roundId: { in: [older.id, newer.id] } },
  });
  for (const [index, assessment] of assessments.entries()) {
    await completeAssessment(prisma, framework, assessment.id, [1 + (index % 4), 3]);
  }
}, 60_000);

const figuresFor = (viewer: Actor, filters = {}) => loadDashboard(prisma, viewer, filters, NOW);

describe("the programme dashboard's figures", () => {
  it("counts organisations by engagement, the gap and the influence/interest grid", async () => {
    const { figures } = await figuresFor(lead());
    expect(figures.organisations).toBe(5);
    expect(figures.engagement.current).toMatchObject({
      LEADING: 1,
      NEUTRAL: 2,
      RESISTANT: 1,
      UNAWARE: 1,
    });
    expect(figures.engagement.desired).toMatchObject({ LEADING: 1, SUPPORTIVE: 3, UNSET: 1 });
    expect(figures.engagement.belowDesired).toBe(3);
    // Rows are influence low to high, columns interest low to high.
    expect(figures.grid[2]?.[2]).toBe(1);
    expect(figures.grid[0]?.[2]).toBe(2);
  });

  it("counts commitments due in the next 30 days and overdue, leaving out done and dropped ones", async () => {
    const { figures } = await figuresFor(lead());
    expect(figures.commitments.dueSoon).toBe(1);
    expect(figures.commitments.overdue).toBe(2);
    expect(figures.commitments.byStatus).toMatchObject({
      OPEN: 2,
      AT_RISK: 1,
      IN_PROGRESS: 1,
      DONE: 1,
      DROPPED: 1,
    });
  });

  it("counts data needs met, partly and not met, and agreements by status", async () => {
    const { figures } = await figuresFor(lead());
    expect(figures.dataNeeds).toEqual({ met: 1, partly: 1, unmet: 2 });
    expect(figures.agreements.byStatus).toMatchObject({ ACTIVE: 1, DRAFT: 1 });
    expect(figures.agreements.flowsWithout).toBe(0);
  });

  it("applies the place and type filters to every figure", async () => {
    const { figures } = await figuresFor(lead(), { placeId: south });
    expect(figures.organisations).toBe(1);
    expect(figures.commitments.overdue).toBe(1);
    expect(figures.dataNeeds).toEqual({ met: 0, partly: 0, unmet: 1 });
    expect(figures.agreements.byStatus).toMatchObject({ ACTIVE: 0, DRAFT: 1 });
    const homesOnly = await figuresFor(lead(), { organisationType: "CARE_HOME" });
    expect(homesOnly.figures.organisations).toBe(3);
    expect(homesOnly.figures.engagement.belowDesired).toBe(2);
    expect(homesOnly.figures.dataNeeds).toEqual({ met: 1, partly: 1, unmet: 1 });
  });

  it("shows the latest round with enough results, as distributions only", async () => {
    const { maturity } = await figuresFor(lead());
    expect(maturity?.round.name).toBe("Spring round");
    expect(maturity?.round.organisations).toBe(4);
    expect(maturity?.dimensions).toHaveLength(2);
    expect(maturity?.dimensions[1]?.distribution).toMatchObject({ count: 4, median: 3 });
    // Southvale has no round with three results.
    expect((await figuresFor(lead(), { placeId: south })).maturity).toBeNull();
  });
});

describe("what each person sees", () => {
  it("names every organisation's overdue commitments to leads", async () => {
    const { overdue, canSeeEverything } = await figuresFor(lead());
    expect(canSeeEverything).toBe(true);
    expect(overdue.map((row) => row.organisationName)).toEqual(["Ash House", "South Surgery"]);
  });

  it("names only a member's own organisation's commitments, with the same counts", async () => {
    const view = await figuresFor(memberOf(practice.id));
    expect(view.canSeeEverything).toBe(false);
    expect(view.overdue.map((row) => row.organisationName)).toEqual(["South Surgery"]);
    expect(view.figures.commitments.overdue).toBe(2);
    expect(view.figures.agreements.flowsWithout).toBeNull();
    const stranger = await figuresFor(actor());
    expect(stranger.overdue).toEqual([]);
    expect(JSON.stringify(stranger)).not.toContain("Ash House");
  });

  it("counts only the agreements a person may read", async () => {
    // A member of the practice reads its own draft; the unpublished active one is not theirs.
    const { figures } = await figuresFor(memberOf(practice.id));
    expect(figures.agreements.byStatus).toMatchObject({ ACTIVE: 0, DRAFT: 1 });
  });

  it("reads a bounded number of statements, whatever the filters", async () => {
    const tally = { queries: 0 };
    await queryTallyStorage().run(tally, () => figuresFor(lead(), { placeId: north }));
    expect(tally.queries).toBeGreaterThan(0);
    // A handful of aggregate queries, the pathways' and coverage's own reads, and the trends.
    expect(tally.queries).toBeLessThanOrEqual(20);
  });
});

describe("the monthly snapshot", () => {
  it("writes last month once, even when two schedulers run it together", async () => {
    const [first, second] = await Promise.all([
      takeProgrammeSnapshot(prisma, NOW),
      takeProgrammeSnapshot(prisma, NOW),
    ]);
    expect([first, second].filter((outcome) => outcome.startsWith("Took"))).toHaveLength(1);
    const rows = await prisma.programmeSnapshot.findMany();
    expect(rows.map((row) => row.month.toISOString().slice(0, 10))).toEqual(["2026-05-01"]);
    const figures = snapshotFiguresSchema.parse(rows[0]?.figures);
    expect(figures.overall.organisations).toBe(5);
    expect(figures.byPlace[south]?.organisations).toBe(1);
    expect(figures.byType.CARE_HOME?.dataNeeds.unmet).toBe(1);
    expect(await takeProgrammeSnapshot(prisma, NOW)).toMatch(/already taken/);
  });

  it("gives the trends in the filters' scope, with today's figures last", async () => {
    const trends = await readTrends(prisma, { placeId: south });
    expect(trends).toEqual([expect.objectContaining({ month: "2026-05" })]);
    expect(trends[0]?.values.needsUnmet).toBe(1);
    const { trends: shown } = await figuresFor(lead());
    expect(shown.map((point) => point.month)).toEqual(["2026-05", "now"]);
    expect(await readTrends(prisma, { placeId: south, organisationType: "GP_PRACTICE" })).toEqual(
      [],
    );
  });
});

describe("the board report", () => {
  it("gives leads the period's changes, in the place chosen", async () => {
    await prisma.engagementChange.create({
      data: {
        organisationId: practice.id,
        fromCurrent: "UNAWARE",
        toCurrent: "RESISTANT",
        reason: "First meeting went badly",
        changedAt: new Date("2026-05-10T10:00:00Z"),
      },
    });
    await prisma.engagementChange.create({
      data: {
        organisationId: hospital.id,
        toCurrent: "LEADING",
        reason: "Before the period",
        changedAt: new Date("2026-01-10T10:00:00Z"),
      },
    });
    await prisma.commitment.updateMany({
      where: { title: "Name a champion" },
      data: { completedAt: new Date("2026-05-20T10:00:00Z") },
    });
    const period = { from: "2026-04-01", to: "2026-06-15" };
    const all = await loadBoardReport(prisma, lead(), { ...period, place: undefined }, NOW);
    expect(all.changes.engagement.rows.map((row) => row.reason)).toEqual([
      "First meeting went badly",
    ]);
    expect(all.changes.commitmentsDone.rows.map((row) => row.title)).toEqual(["Name a champion"]);
    expect(all.changes.commitmentsAtRisk.rows.map((row) => row.organisation)).toEqual([
      "South Surgery",
    ]);
    const northgate = await loadBoardReport(prisma, lead(), { ...period, place: north }, NOW);
    expect(northgate.place?.name).toBe("Northgate");
    expect(northgate.changes.engagement.total).toBe(0);
    expect(northgate.changes.commitmentsDone.total).toBe(1);
    expect(northgate.figures.organisations).toBe(4);
  });

  it("is for leads only", async () => {
    await expect(
      loadBoardReport(
        prisma,
        memberOf(practice.id),
        { from: "2026-04-01", to: "2026-06-15", place: undefined },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the forums' last 30 days", () => {
  // An open Northgate category with a solved discussion (a care home's question, a GP's answer,
  // and a hidden post), an old discussion there, and a category only Ash House reads.
  beforeAll(async () => {
    const homeAuthor = await createUser(prisma, {
      memberships: [{ organisationId: homes[1]!.id, role: "MEMBER" }],
    });
    const gpAuthor = await createUser(prisma, {
      memberships: [{ organisationId: practice.id, role: "MEMBER" }],
    });
    const open = await createForumCategory(prisma);
    await prisma.forumCategory.update({ where: { id: open.id }, data: { placeId: north } });
    const ashOnly = await createForumCategory(prisma, {
      restrictedTo: { organisationIds: [homes[0]!.id] },
    });
    const topic = (categoryId: string, authorId: string, createdAt = NOW) =>
      prisma.forumTopic.create({
        data: { categoryId, title: "Care home access", tags: [], authorId, createdAt },
      });
    const post = (
      topicId: string,
      number: number,
      authorId: string,
      status: "PUBLISHED" | "HIDDEN" = "PUBLISHED",
      createdAt = NOW,
    ) =>
      prisma.forumPost.create({
        data: { topicId, number, authorId, body: "Post", status, createdAt },
      });
    const solved = await topic(open.id, homeAuthor.id);
    await post(solved.id, 1, homeAuthor.id);
    const answer = await post(solved.id, 2, gpAuthor.id);
    await post(solved.id, 3, homeAuthor.id, "HIDDEN");
    await prisma.forumTopic.update({
      where: { id: solved.id },
      data: { acceptedPostId: answer.id },
    });
    const old = await topic(open.id, gpAuthor.id, day("2026-04-01"));
    await post(old.id, 1, gpAuthor.id, "PUBLISHED", day("2026-04-01"));
    const restricted = await topic(ashOnly.id, homeAuthor.id);
    await post(restricted.id, 1, homeAuthor.id);
  });

  it("counts the discussions, posts and answers a person reads, in the filters' scope", async () => {
    const all = { topics: 2, posts: 3, solved: 1 };
    expect((await figuresFor(lead())).figures.forums).toEqual(all);
    expect((await figuresFor(memberOf(homes[0]!.id))).figures.forums).toEqual(all);
    // The practice's member does not read Ash House's category.
    expect((await figuresFor(memberOf(practice.id))).figures.forums).toEqual({
      topics: 1,
      posts: 2,
      solved: 1,
    });
    expect((await figuresFor(lead(), { placeId: north })).figures.forums).toEqual({
      topics: 1,
      posts: 2,
      solved: 1,
    });
    expect((await figuresFor(lead(), { placeId: south })).figures.forums).toEqual({
      topics: 0,
      posts: 0,
      solved: 0,
    });
    // What people of GP practices wrote: the answer, in a discussion a care home started.
    expect((await figuresFor(lead(), { organisationType: "GP_PRACTICE" })).figures.forums).toEqual({
      topics: 0,
      posts: 1,
      solved: 0,
    });
  });
});

describe("figures kept between views", () => {
  it("are counted again at once after a change to what they count, and only then", async () => {
    const view = async () => {
      const tally = { queries: 0 };
      const dashboard = await queryTallyStorage().run(tally, () => figuresFor(lead()));
      return { ...dashboard, queries: tally.queries };
    };
    const before = await view();
    expect(before.maturity?.round.name).toBe("Spring round");

    await commitment(homes[2]!.id, "OPEN", "2026-06-10", "Late by five days");
    expect((await view()).figures.commitments.overdue).toBe(before.figures.commitments.overdue + 1);

    await createDataNeed(prisma, homes[2]!.id, {
      dataCategoryId: (await createDataCategory(prisma)).id,
      sourceOrganisationId: hospital.id,
      metToday: "NOT_AT_ALL",
    });
    expect((await view()).figures.dataNeeds.unmet).toBe(before.figures.dataNeeds.unmet + 1);

    await insertAgreement(prisma, {
      parties: [{ organisationId: homes[2]!.id }, { organisationId: hospital.id }],
      status: "ACTIVE",
    });
    expect((await view()).figures.agreements.byStatus.ACTIVE).toBe(
      before.figures.agreements.byStatus.ACTIVE + 1,
    );

    const topic = await prisma.forumTopic.findFirstOrThrow({
      where: { createdAt: NOW, category: { placeId: north } },
    });
    await prisma.forumPost.create({
      data: { topicId: topic.id, number: 9, body: "A late reply", createdAt: NOW },
    });
    expect((await view()).figures.forums.posts).toBe(before.figures.forums.posts + 1);

    await prisma.assessmentRound.updateMany({
      where: { name: "Spring round" },
      data: { name: "Spring round, revised" },
    });
    expect((await view()).maturity?.round.name).toBe("Spring round, revised");

    // An organisation's change moves every kept figure: each is counted again.
    await prisma.organisation.update({
      where: { id: homes[2]!.id },
      data: { engagementCurrent: "LEADING" },
    });
    const changed = await view();
    expect(changed.figures.engagement.current.LEADING).toBe(
      before.figures.engagement.current.LEADING + 1,
    );

    // Nothing changed since: organisations, commitments, data needs, agreements, forum topics and
    // posts and maturity scores are not read again.
    const again = await view();
    expect(again.figures).toEqual(changed.figures);
    expect(again.queries).toBeLessThanOrEqual(changed.queries - 7);
  });

  it("are kept apart for people who read different forum categories", async () => {
    // Ash House's member reads the restricted category; the practice's member does not.
    const ash = (await figuresFor(memberOf(homes[0]!.id))).figures.forums;
    const practiceView = (await figuresFor(memberOf(practice.id))).figures.forums;
    expect(ash.posts).toBeGreaterThan(practiceView.posts);
    expect((await figuresFor(memberOf(practice.id))).figures.forums).toEqual(practiceView);
  });
});
