import { randomUUID } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { queryTallyStorage } from "@/lib/db/query-count";
import { getHomePage } from "@/lib/home/get-home-page";
import type { HomePage, HomeSection, HomeSectionKind } from "@/lib/home/types";
import { listRounds } from "@/lib/maturity/rounds/list-rounds";

import { createDataCategory, createDataNeed } from "../support/data-need-factories";
import { createOrganisation, createPlace, createUser } from "../support/factories";
import { createFramework, createRound, type FrameworkFixture } from "../support/maturity-factories";
import { asActor } from "../support/people-factories";

// What each person finds waiting on their home page, and what they never find there.

// Statements are counted (as the benchmark counts them): the home page is read on every visit.
process.env.BENCH_COUNT_QUERIES = "true";

let framework: FrameworkFixture;
let orgA: { id: string; name: string };
let orgB: { id: string; name: string };
let adminA: Actor;
let memberA: Actor;
let adminB: Actor;
let lead: Actor;
let roundName: string;
let assessmentOfA: string;
let assessmentOfB: string;
let pathwayName: string;

const kinds = (home: HomePage) => home.sections.map((section) => section.kind);
function sectionOf<K extends HomeSectionKind>(home: HomePage, kind: K) {
  return home.sections.find(
    (section): section is Extract<HomeSection, { kind: K }> => section.kind === kind,
  );
}

async function invite(organisationId: string, userId: string, invitedById: string) {
  const prisma = await getPrisma();
  return prisma.invitation.create({
    data: {
      organisationId,
      userId,
      invitedById,
      role: "MEMBER",
      tokenHash: randomUUID(),
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    },
  });
}

beforeEach(async () => {
  const prisma = await getPrisma();
  const place = await createPlace(prisma);
  orgA = await createOrganisation(prisma, { placeId: place.id, type: "CARE_HOME" });
  orgB = await createOrganisation(prisma, { placeId: place.id, type: "HOSPICE" });
  adminA = asActor(
    await createUser(prisma, { memberships: [{ organisationId: orgA.id, role: "ORG_ADMIN" }] }),
  );
  memberA = asActor(
    await createUser(prisma, { memberships: [{ organisationId: orgA.id, role: "MEMBER" }] }),
  );
  adminB = asActor(
    await createUser(prisma, { memberships: [{ organisationId: orgB.id, role: "ORG_ADMIN" }] }),
  );
  lead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));

  framework = await createFramework(prisma, { dimensions: 2, questions: 2 });
  roundName = `Round ${randomUUID().slice(0, 8)}`;
  const round = await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [orgA.id, orgB.id],
    name: roundName,
  });
  assessmentOfA = round.assessments.find((a) => a.organisationId === orgA.id)!.id;
  assessmentOfB = round.assessments.find((a) => a.organisationId === orgB.id)!.id;
  await prisma.assessment.update({
    where: { id: assessmentOfA },
    data: { status: "RETURNED", returnComment: "Check the evidence" },
  });
  await prisma.sectionAssignment.create({
    data: {
      assessmentId: assessmentOfA,
      dimensionId: framework.dimensions[1]!.id,
      assigneeId: memberA.userId,
    },
  });
  // A closed round's assessment is not waiting for anyone.
  await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [orgA.id],
    opensInDays: -60,
    closesInDays: -30,
    name: `Closed ${roundName}`,
  });

  const category = await createDataCategory(prisma);
  // B needs something from A, and A needs something of its own; a met need counts for nobody.
  await createDataNeed(prisma, orgB.id, {
    dataCategoryId: category.id,
    sourceOrganisationId: orgA.id,
    metToday: "NOT_AT_ALL",
  });
  await createDataNeed(prisma, orgA.id, {
    dataCategoryId: category.id,
    sourceOrganisationId: orgB.id,
    metToday: "PARTLY",
  });
  await createDataNeed(prisma, orgA.id, {
    dataCategoryId: category.id,
    sourceOrganisationId: orgB.id,
    metToday: "FULLY",
  });

  // Someone invited to A by its admin, and A's member invited to B by the lead.
  const newcomer = await createUser(prisma);
  await invite(orgA.id, newcomer.id, adminA.userId);
  await invite(orgB.id, memberA.userId, lead.userId);

  pathwayName = `Pathway ${randomUUID().slice(0, 8)}`;
  const pathway = await prisma.pathway.create({
    data: {
      name: pathwayName,
      population: "Frail older people",
      purpose: "Safe discharge",
      ownerId: lead.userId,
      steps: {
        create: [
          { name: "Discharge", performerRole: "Nurse", organisationId: orgA.id, position: 1 },
          { name: "Care at home", performerRole: "Carer", organisationId: orgB.id, position: 2 },
        ],
      },
    },
    include: { steps: { orderBy: { position: "asc" } } },
  });
  await prisma.informationFlow.create({
    data: {
      pathwayId: pathway.id,
      fromStepId: pathway.steps[0]!.id,
      toStepId: pathway.steps[1]!.id,
      purpose: "Handover",
      timeliness: "SAME_DAY",
      mechanism: "PAPER_OR_POST",
      currentState: "MANUAL",
      senderHoldsDigitally: false,
      receiverCanTakeIn: false,
      categories: { create: { dataCategoryId: category.id } },
    },
  });
});

describe("the home page of an organisation admin", () => {
  it("shows their organisation's assessments to answer, returned first, its needs and its invitations", async () => {
    const home = await getHomePage(adminA);
    expect(kinds(home)).toEqual(["assessments", "dataNeeds", "invitations"]);
    expect(sectionOf(home, "assessments")?.items).toEqual([
      expect.objectContaining({
        id: assessmentOfA,
        roundName,
        organisationName: orgA.name,
        status: "RETURNED",
        answered: 0,
        questions: 4,
      }),
    ]);
    expect(sectionOf(home, "dataNeeds")?.items).toEqual([
      { organisationId: orgA.id, organisationName: orgA.name, fromOthers: 1, own: 1 },
    ]);
    expect(sectionOf(home, "invitations")).toMatchObject({
      toAccept: [],
      awaiting: [{ organisationId: orgA.id, pending: 1 }],
    });
  });

  it("never shows another organisation's assessments, needs or invitations", async () => {
    const home = await getHomePage(adminB);
    expect(sectionOf(home, "assessments")?.items.map((item) => item.id)).toEqual([assessmentOfB]);
    expect(sectionOf(home, "dataNeeds")?.items).toEqual([
      { organisationId: orgB.id, organisationName: orgB.name, fromOthers: 1, own: 1 },
    ]);
    // The lead's invitation to B is B's admin's to follow up as well.
    expect(sectionOf(home, "invitations")?.awaiting).toEqual([
      { organisationId: orgB.id, organisationName: orgB.name, pending: 1 },
    ]);
    expect(kinds(home)).not.toContain("openRounds");
    expect(kinds(home)).not.toContain("blockedPathways");
  });

  it("drops an assessment once it is submitted", async () => {
    const prisma = await getPrisma();
    await prisma.assessment.update({ where: { id: assessmentOfA }, data: { status: "SUBMITTED" } });
    expect(kinds(await getHomePage(adminA))).not.toContain("assessments");
  });
});

describe("the home page of a member", () => {
  it("shows the sections given to them, their organisation's needs and invitations to accept", async () => {
    const home = await getHomePage(memberA);
    expect(kinds(home)).toEqual(["sections", "dataNeeds", "invitations"]);
    expect(sectionOf(home, "sections")?.items).toEqual([
      {
        assessmentId: assessmentOfA,
        dimensionId: framework.dimensions[1]!.id,
        dimensionName: expect.any(String) as string,
        organisationName: orgA.name,
        roundName,
        closesOn: expect.any(Date) as Date,
      },
    ]);
    const invitations = sectionOf(home, "invitations");
    expect(invitations?.toAccept).toEqual([
      { organisationName: orgB.name, role: "MEMBER", expiresAt: expect.any(Date) as Date },
    ]);
    // Following up invitations is for admins and leads.
    expect(invitations?.awaiting).toEqual([]);
  });

  it("lists only open invitations: not accepted, revoked, expired or to an archived organisation", async () => {
    const prisma = await getPrisma();
    const place = await createPlace(prisma);
    const archived = await createOrganisation(prisma, { placeId: place.id });
    const closed = await createOrganisation(prisma, { placeId: place.id });
    const stale = await createOrganisation(prisma, { placeId: place.id });
    const invitations = [
      await invite(archived.id, memberA.userId, adminA.userId),
      await invite(closed.id, memberA.userId, adminA.userId),
      await invite(closed.id, memberA.userId, adminA.userId),
      await invite(stale.id, memberA.userId, adminA.userId),
    ];
    await prisma.organisation.update({
      where: { id: archived.id },
      data: { archivedAt: new Date() },
    });
    await prisma.invitation.update({
      where: { id: invitations[1]!.id },
      data: { acceptedAt: new Date() },
    });
    await prisma.invitation.update({
      where: { id: invitations[2]!.id },
      data: { revokedAt: new Date() },
    });
    await prisma.invitation.update({
      where: { id: invitations[3]!.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    expect(sectionOf(await getHomePage(memberA), "invitations")?.toAccept).toEqual([
      { organisationName: orgB.name, role: "MEMBER", expiresAt: expect.any(Date) as Date },
    ]);
    // An expired invitation still waits for its organisation's admin, to send again.
    const staleAdmin = asActor(
      await createUser(prisma, {
        memberships: [
          { organisationId: stale.id, role: "ORG_ADMIN" },
          { organisationId: closed.id, role: "ORG_ADMIN" },
        ],
      }),
    );
    expect(sectionOf(await getHomePage(staleAdmin), "invitations")?.awaiting).toEqual([
      { organisationId: stale.id, organisationName: stale.name, pending: 1 },
    ]);
  });

  it("is empty for someone who acts for no organisation", async () => {
    const nobody = asActor(await createUser(await getPrisma()));
    expect((await getHomePage(nobody)).sections).toEqual([]);
  });
});

describe("the home page of a programme lead", () => {
  it("shows the open rounds with completion and the pathways with blocked flows", async () => {
    const prisma = await getPrisma();
    await prisma.assessment.update({ where: { id: assessmentOfB }, data: { status: "VALIDATED" } });
    const home = await getHomePage(lead);
    const rounds = sectionOf(home, "openRounds");
    expect(rounds?.items.find((round) => round.name === roundName)).toMatchObject({
      assessments: 2,
      completed: 1,
      validated: 1,
    });
    expect(rounds?.items.map((round) => round.name)).not.toContain(`Closed ${roundName}`);
    const pathway = sectionOf(home, "blockedPathways")?.items.find((p) => p.name === pathwayName);
    expect(pathway?.readiness.counts.BLOCKED).toBe(1);
    // The invitations they sent, and nothing of an organisation's own in-tray.
    expect(sectionOf(home, "invitations")?.awaiting).toContainEqual({
      organisationId: orgB.id,
      organisationName: orgB.name,
      pending: 1,
    });
    expect(kinds(home)).not.toContain("assessments");
    expect(kinds(home)).not.toContain("dataNeeds");
  });

  it("keeps the open rounds while nothing changes, and follows a submission at once", async () => {
    const prisma = await getPrisma();
    const openRound = async () => {
      const tally = { queries: 0 };
      const page = await queryTallyStorage().run(tally, () => listRounds(lead, "open", 1));
      return { tally: tally.queries, round: page.rounds.find((r) => r.name === roundName) };
    };
    // Read once; then only the change counters are read.
    expect(await openRound()).toMatchObject({ tally: 2, round: { completed: 0 } });
    expect(await openRound()).toMatchObject({ tally: 1, round: { completed: 0 } });

    await prisma.assessment.update({ where: { id: assessmentOfB }, data: { status: "SUBMITTED" } });
    expect(await openRound()).toMatchObject({ tally: 2, round: { completed: 1, validated: 0 } });
  });

  it("lists a round under the phase of the day it is read", async () => {
    const open = await listRounds(lead, "open", 1);
    const yearsOn = await listRounds(lead, "open", 1, new Date("2099-01-01T00:00:00Z"));
    expect(open.rounds.map((round) => round.name)).toContain(roundName);
    expect(yearsOn.rounds.map((round) => round.name)).not.toContain(roundName);
  });

  it("always shows the lead's overview, even with nothing open", async () => {
    const prisma = await getPrisma();
    await prisma.informationFlow.deleteMany({ where: { pathway: { name: pathwayName } } });
    const home = await getHomePage(asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" })));
    expect(kinds(home)).toEqual(["openRounds", "blockedPathways"]);
    expect(sectionOf(home, "blockedPathways")?.items.map((pathway) => pathway.name)).not.toContain(
      pathwayName,
    );
  });

  it("reads a lead's overview in four statements while nothing waits for them", async () => {
    const prisma = await getPrisma();
    const newLead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));
    await getHomePage(newLead);
    const tally = { queries: 0 };
    await queryTallyStorage().run(tally, () => getHomePage(newLead));
    // Invitations to accept and to follow up, the open rounds, and the pathways' change counters.
    expect(tally.queries).toBe(4);
  });
});
