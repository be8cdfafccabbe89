import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/db/open";
import { demoAccounts } from "@/lib/db/seed/demo-accounts";
import { demoContactsFor, demoOrganisations, demoPlaces } from "@/lib/db/seed/demo-coalition";
import {
  SOCIO_ORGANISATIONAL_READINESS,
  WHAT_GOOD_LOOKS_LIKE,
} from "@/lib/db/seed/demo-frameworks";
import { seedDemoData } from "@/lib/db/seed/seed";
import { keyContactSchema } from "@/lib/organisations/schemas";

import { createOrganisation } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/** A fresh, migrated database of its own. */
async function emptyDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  const db: TestDatabase = await createTestDatabase("migrated");
  const database = await db.migrate();
  return {
    database,
    dispose: async () => {
      await database.close();
      await db.dispose();
    },
  };
}

// Seeding the demo coalition takes seconds: it is seeded once, and the checks below only read it.
describe("demo data", () => {
  let database: Database;
  let dispose: () => Promise<void>;
  let firstRun: Awaited<ReturnType<typeof seedDemoData>>;
  beforeAll(async () => {
    ({ database, dispose } = await emptyDatabase());
    firstRun = await seedDemoData(database.prisma);
  });
  afterAll(() => dispose());

  it("fills an empty database with the fictional coalition", async () => {
    expect(firstRun).toBe("seeded");

    const places = await database.prisma.place.findMany({
      include: { _count: { select: { organisations: true } } },
    });
    expect(places.map((place) => place.name).sort()).toEqual([...demoPlaces].sort());
    expect(places.every((place) => place._count.organisations > 0)).toBe(true);
    expect(await database.prisma.organisation.count()).toBe(demoOrganisations.length);
    const types = await database.prisma.organisation.groupBy({ by: ["type"] });
    expect(types.length).toBeGreaterThanOrEqual(12);
    const users = await database.prisma.user.findMany({
      include: { memberships: { include: { organisation: true } } },
      omit: { passwordHash: false },
    });
    expect(users.map((user) => user.email).sort()).toEqual(
      demoAccounts.map((account) => account.email).sort(),
    );
    const larchwoodAdmin = users.find((user) => user.email === "manager@larchwood.example");
    expect(larchwoodAdmin?.memberships.map((m) => [m.organisation.name, m.role])).toEqual([
      ["Larchwood Care Home", "ORG_ADMIN"],
    ]);
    expect(users.every((user) => user.passwordHash?.startsWith("$argon2id$"))).toBe(true);

    // Fifteen lessons learned, each with its discussion in the lessons category and searchable;
    // a few demo people can be found by their peers.
    const lessons = await database.prisma.lesson.findMany({
      include: { systems: true, topic: { include: { category: true } } },
    });
    expect(lessons).toHaveLength(15);
    expect(lessons.every((lesson) => lesson.topic?.category?.slug === "lessons")).toBe(true);
    expect(lessons.filter((lesson) => lesson.stepId !== null).length).toBeGreaterThanOrEqual(8);
    expect(lessons.filter((lesson) => lesson.systems.length > 0).length).toBeGreaterThanOrEqual(10);
    expect(lessons.every((lesson) => lesson.dimensionKey !== null)).toBe(true);
    const unsearchable = await database.prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Lesson" WHERE "searchVector" IS NULL`;
    expect(unsearchable).toEqual([{ count: 0 }]);
    expect(users.filter((user) => user.peerFindable).length).toBeGreaterThanOrEqual(3);
    expect(users.find((user) => user.email === "nurse@larchwood.example")?.peerFindable).toBe(
      false,
    );
  });

  it("adds the demo forums: six categories, about 60 topics and 300 posts, some solved", async () => {
    const categories = await database.prisma.forumCategory.findMany({
      orderBy: { position: "asc" },
    });
    expect(categories).toHaveLength(6);
    expect(categories.find((category) => category.slug === "lessons")?.name).toBe(
      "Lessons learned",
    );
    expect(categories.filter((category) => category.whoMayStart === "LEADS_ONLY")).toHaveLength(1);
    expect(categories.filter((category) => category.restricted)).toHaveLength(1);
    // Besides each demo lesson's own discussion.
    const discussions = await database.prisma.forumTopic.count({
      where: { kind: "DISCUSSION", lesson: { is: null } },
    });
    expect(discussions).toBe(60);
    expect(await database.prisma.forumTopic.count({ where: { kind: "PRIVATE" } })).toBe(3);
    expect(await database.prisma.forumPost.count()).toBeGreaterThanOrEqual(280);
    expect(
      await database.prisma.forumTopic.count({ where: { acceptedPostId: { not: null } } }),
    ).toBeGreaterThan(5);
    expect(await database.prisma.forumPostLike.count()).toBeGreaterThan(50);
  });

  it("adds the coalition's relationships: engagement with history, interactions, commitments in every status, the charter", async () => {
    const prisma = database.prisma;
    const organisations = await prisma.organisation.findMany({
      select: {
        engagementDesired: true,
        influence: true,
        _count: { select: { engagementChanges: true } },
      },
    });
    expect(organisations.every((o) => o.engagementDesired && o.influence)).toBe(true);
    expect(organisations.filter((o) => o._count.engagementChanges > 0).length).toBeGreaterThan(
      organisations.length / 2,
    );
    expect(await prisma.interaction.count()).toBe(80);
    const commitments = await prisma.commitment.groupBy({ by: ["status"], _count: true });
    expect(commitments.map((group) => group.status).sort()).toEqual([
      "AT_RISK",
      "DONE",
      "DROPPED",
      "IN_PROGRESS",
      "OPEN",
    ]);
    expect(commitments.reduce((sum, group) => sum + group._count, 0)).toBeGreaterThanOrEqual(30);
    expect(
      await prisma.commitment.count({ where: { assessmentId: { not: null } } }),
    ).toBeGreaterThan(0);
    expect(
      await prisma.commitment.count({ where: { agreementId: { not: null } } }),
    ).toBeGreaterThan(0);
    const current = await prisma.charterVersion.findFirstOrThrow({
      orderBy: { number: "desc" },
      include: { _count: { select: { endorsements: true } } },
    });
    expect(current.number).toBe(2);
    expect(current._count.endorsements).toBeGreaterThanOrEqual(
      Math.floor(organisations.length / 2) - 2,
    );
  });

  it("adds three pathways across the coalition, with flows in every state and every readiness", async () => {
    const lead = await database.prisma.user.findUniqueOrThrow({
      where: { email: "lead@elmshire.example" },
    });
    const pathways = await database.prisma.pathway.findMany({
      orderBy: { name: "asc" },
      include: { steps: true, flows: true, versions: true },
    });
    expect(pathways.map((pathway) => [pathway.name, pathway.status])).toEqual([
      ["Community mental health crisis", "PUBLISHED"],
      ["End of life care at home", "DRAFT"],
      ["Hospital discharge home with a care package", "PUBLISHED"],
    ]);
    expect(pathways.every((pathway) => pathway.ownerId === lead.id)).toBe(true);
    for (const pathway of pathways) {
      const lanes = new Set(pathway.steps.map((s) => s.organisationId ?? s.organisationType));
      expect(lanes.size).toBeGreaterThanOrEqual(4);
      expect(pathway.versions).toHaveLength(pathway.status === "PUBLISHED" ? 1 : 0);
    }
    const states = new Set(pathways.flatMap((pathway) => pathway.flows.map((f) => f.currentState)));
    expect([...states].sort()).toEqual([
      "FULLY_DIGITAL",
      "MANUAL",
      "NOT_HAPPENING",
      "PARTLY_DIGITAL",
    ]);
    expect(await database.prisma.flowDataCategory.count()).toBeGreaterThan(20);
  });

  it("gives every demo organisation one to three key contacts, at .example addresses", async () => {
    const organisations = await database.prisma.organisation.findMany({
      include: { contacts: true },
    });
    const counts = organisations.map((organisation) => organisation.contacts.length);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(3);
    const contacts = organisations.flatMap((organisation) => organisation.contacts);
    expect(contacts.length).toBe(
      demoOrganisations.reduce((sum, o, index) => sum + demoContactsFor(o, index).length, 0),
    );
    for (const contact of contacts) {
      expect(contact.email).toMatch(/@[a-z0-9-]+\.example$/);
      // What the seed records, the contact form would accept as it stands.
      expect(keyContactSchema.parse(contact)).toEqual({
        name: contact.name,
        role: contact.role,
        email: contact.email,
        phone: contact.phone,
      });
    }
    const demoAccountNames = new Set(demoAccounts.map((account) => account.name));
    expect(contacts.filter((contact) => demoAccountNames.has(contact.name))).toEqual([]);
  });

  it("gives most demo organisations data needs, with a mix of importance and how far they are met", async () => {
    const organisations = await database.prisma.organisation.findMany({
      select: { name: true, _count: { select: { dataNeeds: true } } },
    });
    const withNeeds = organisations.filter((organisation) => organisation._count.dataNeeds > 0);
    expect(withNeeds.length / organisations.length).toBeGreaterThan(0.6);
    expect(withNeeds.map((organisation) => organisation.name)).toEqual(
      expect.arrayContaining(["Larchwood Care Home", "Moorside Surgery"]),
    );
    const mix = async (by: "importance" | "metToday") =>
      (await database.prisma.dataNeed.groupBy({ by: [by] })).length;
    expect(await mix("importance")).toBe(3);
    expect(await mix("metToday")).toBe(3);
    // Others need data from Larchwood: care homes are a source of wellbeing assessments.
    expect(
      await database.prisma.dataNeed.count({ where: { sourceOrganisationType: "CARE_HOME" } }),
    ).toBeGreaterThan(0);
    expect(await database.prisma.dataNeed.count({ where: { pathwayStepId: { not: null } } })).toBe(
      0,
    );
  });

  it("adds the two demo maturity frameworks, every question with five levels", async () => {
    const frameworks = await database.prisma.maturityFramework.findMany({
      orderBy: { name: "asc" },
      include: {
        versions: { include: { dimensions: { include: { questions: true } } } },
      },
    });
    expect(frameworks.map((framework) => framework.name)).toEqual([
      SOCIO_ORGANISATIONAL_READINESS,
      WHAT_GOOD_LOOKS_LIKE,
    ]);
    const dimensionsOf = (name: string) =>
      frameworks
        .find((framework) => framework.name === name)
        ?.versions[0]?.dimensions.sort((a, b) => a.position - b.position)
        .map((dimension) => dimension.name);
    expect(dimensionsOf(WHAT_GOOD_LOOKS_LIKE)).toEqual([
      "Well led",
      "Ensure smart foundations",
      "Safe practice",
      "Support people",
      "Empower citizens",
      "Improve care",
      "Healthy populations",
    ]);
    expect(dimensionsOf(SOCIO_ORGANISATIONAL_READINESS)).toHaveLength(8);
    const questions = frameworks.flatMap((framework) =>
      framework.versions.flatMap((version) =>
        version.dimensions.flatMap((dimension) => dimension.questions),
      ),
    );
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(questions.every((question) => question.levels.length === 5)).toBe(true);
    expect(questions.some((question) => question.allowNotApplicable)).toBe(true);
    expect(questions.some((question) => question.appliesTo.length > 0)).toBe(true);
    for (const framework of frameworks) {
      for (const dimension of framework.versions[0]?.dimensions ?? []) {
        expect(dimension.questions.length, dimension.name).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("adds two closed, scored rounds for most organisations, the later a little better", async () => {
    const prisma = database.prisma;
    // The closed rounds; the open one (lib/db/seed/demo-mobilisation.ts) is ready to submit.
    const rounds = await prisma.assessmentRound.findMany({
      where: { closesOn: { lt: new Date() } },
      orderBy: { opensOn: "asc" },
      include: {
        frameworkVersion: { include: { framework: true } },
        assessments: {
          include: { organisation: true, scores: true, answers: true },
        },
      },
    });
    expect(rounds.map((round) => round.name)).toEqual(["2025 Q4", "2026 Q2"]);
    const today = new Date();
    for (const round of rounds) {
      expect(round.closesOn.getTime()).toBeLessThan(today.getTime());
      expect(round.frameworkVersion.framework.name).toBe(WHAT_GOOD_LOOKS_LIKE);
      expect(round.assessments).toHaveLength(demoOrganisations.length);
      const counted = round.assessments.filter((a) =>
        ["SUBMITTED", "VALIDATED"].includes(a.status),
      );
      const notStarted = round.assessments.filter((a) => a.status === "NOT_STARTED");
      expect(counted.length).toBeGreaterThan(demoOrganisations.length * 0.8);
      expect(notStarted.length).toBeGreaterThan(0);
      expect(counted.length + notStarted.length).toBe(demoOrganisations.length);
      // Every counted assessment has its scores stored, one per dimension.
      for (const assessment of counted) {
        expect(assessment.scores).toHaveLength(7);
        expect(
          assessment.scores.every((s) => s.score === null || (s.score >= 1 && s.score <= 5)),
        ).toBe(true);
      }
      expect(notStarted.every((a) => a.scores.length === 0 && a.answers.length === 0)).toBe(true);
      expect(counted.some((a) => a.answers.some((answer) => answer.notApplicable))).toBe(true);
    }
    expect(new Set(rounds[1]!.assessments.map((a) => a.status))).toEqual(
      new Set(["SUBMITTED", "VALIDATED", "NOT_STARTED"]),
    );
    const mean = (round: (typeof rounds)[number]) => {
      const scores = round.assessments.flatMap((a) => a.scores.map((s) => s.score ?? 0));
      return scores.reduce((sum, score) => sum + score, 0) / scores.length;
    };
    expect(mean(rounds[1]!)).toBeGreaterThan(mean(rounds[0]!));

    const larchwood = await prisma.organisation.findUniqueOrThrow({ where: { odsCode: "ZZC01" } });
    const moorside = await prisma.organisation.findUniqueOrThrow({ where: { odsCode: "Z90001" } });
    expect([larchwood.shareMaturityResults, moorside.shareMaturityResults]).toEqual([false, false]);
    for (const { id } of [larchwood, moorside]) {
      expect(
        await prisma.assessment.count({
          where: { organisationId: id, status: { not: "NOT_STARTED" } },
        }),
      ).toBe(2);
    }
    const sharing = await prisma.organisation.count({ where: { shareMaturityResults: true } });
    expect(sharing).toBeGreaterThan(demoOrganisations.length * 0.3);
    expect(sharing).toBeLessThan(demoOrganisations.length * 0.7);
  });

  it("makes the same key contacts on every run", () => {
    const twice = [0, 1].map(() =>
      demoOrganisations.flatMap((organisation, index) => demoContactsFor(organisation, index)),
    );
    expect(twice[0]).toEqual(twice[1]);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await database.prisma.organisation.findMany({ orderBy: { id: "asc" } });
    const contactsBefore = await database.prisma.keyContact.findMany({ orderBy: { id: "asc" } });

    expect(await seedDemoData(database.prisma)).toBe("skipped: database has data");

    expect(await database.prisma.organisation.findMany({ orderBy: { id: "asc" } })).toEqual(before);
    expect(await database.prisma.keyContact.findMany({ orderBy: { id: "asc" } })).toEqual(
      contactsBefore,
    );
  });

  it("never runs against a database that already has data", async () => {
    const other = await emptyDatabase();
    try {
      const existing = await createOrganisation(other.database.prisma, {
        name: "Real Organisation",
      });

      expect(await seedDemoData(other.database.prisma)).toBe("skipped: database has data");

      const organisations = await other.database.prisma.organisation.findMany();
      expect(organisations.map((organisation) => organisation.id)).toEqual([existing.id]);
    } finally {
      await other.dispose();
    }
  });

  it("gives every demo organisation a unique name and ODS code", () => {
    expect(new Set(demoOrganisations.map((o) => o.name)).size).toBe(demoOrganisations.length);
    expect(new Set(demoOrganisations.map((o) => o.odsCode)).size).toBe(demoOrganisations.length);
  });
});
