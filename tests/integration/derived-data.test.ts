import { beforeEach, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { readChangeCounter } from "@/lib/db/derived-cache";
import { addFlow } from "@/lib/pathways/add-flow";
import { addStep } from "@/lib/pathways/add-step";
import { createPathway } from "@/lib/pathways/create-pathway";
import { listCoalitionNeeds } from "@/lib/data-needs/list-coalition-needs";
import { getPathway } from "@/lib/pathways/get-pathway";
import { listPathways, summarisePathways } from "@/lib/pathways/list-pathways";
import { publishPathway } from "@/lib/pathways/publish-pathway";
import { removeFlow } from "@/lib/pathways/remove-flow";
import { setPathwayArchived } from "@/lib/pathways/archive-pathway";
import { updatePathway } from "@/lib/pathways/update-pathway";
import { queryTallyStorage } from "@/lib/db/query-count";

import { memberOf } from "../support/actors";
import { insertAgreement } from "../support/agreement-factories";
import { createOrganisation } from "../support/factories";
import { createForumCategory } from "../support/forum-factories";
import { categoryId, createDataNeed, createLead, flowInput } from "../support/pathway-factories";

// Derived data is kept per pathway revision and change counter: it is read once while nothing
// changes, and never served after a change to anything it was derived from. Statements are
// counted (as the benchmark counts them) to show what is read while nothing changes.
process.env.BENCH_COUNT_QUERIES = "true";
let lead: Actor;
let hospital: { id: string; name: string };
let careHome: { id: string; name: string };
let medications: string;

beforeEach(async () => {
  const prisma = await getPrisma();
  lead = await createLead(prisma);
  hospital = await createOrganisation(prisma, { type: "ACUTE_TRUST" });
  careHome = await createOrganisation(prisma, { type: "CARE_HOME" });
  medications = await categoryId(prisma, "Medications and medical devices");
});

async function pathwayWithFlow() {
  const { id } = await createPathway(lead, {
    name: `Derived ${hospital.id.slice(0, 8)}`,
    population: "Frail older people",
    purpose: "Safe discharge",
  });
  const ward = await addStep(lead, id, {
    name: "Plan discharge",
    lane: `org:${hospital.id}`,
    performerRole: "Discharge coordinator",
  });
  const home = await addStep(lead, id, {
    name: "Welcome home",
    lane: `org:${careHome.id}`,
    performerRole: "Care home manager",
  });
  await addFlow(lead, id, flowInput(ward.id, home.id, [medications]));
  return id;
}

// Renames a pathway through the app, as its lead would, from the version they opened.
async function renamePathway(id: string, name: string) {
  const prisma = await getPrisma();
  const { version } = await prisma.pathway.findUniqueOrThrow({
    where: { id },
    select: { version: true },
  });
  await updatePathway(
    lead,
    id,
    { name, population: "Frail older people", purpose: "Safe discharge" },
    version,
  );
}

const agreementFinding = (view: Awaited<ReturnType<typeof getPathway>>) =>
  [...(view?.readiness.flows.values() ?? [])][0]?.findings.find((f) => f.signal === "agreement");

const needsFinding = (view: Awaited<ReturnType<typeof getPathway>>) =>
  [...(view?.readiness.flows.values() ?? [])][0]?.findings.find((f) => f.signal === "needs");

describe("change counters", () => {
  it("rise in the writing statement's transaction with data needs, organisations and categories", async () => {
    const prisma = await getPrisma();
    const before = BigInt(await readChangeCounter(prisma, "pathway-inputs"));
    await createDataNeed(prisma, {
      organisationId: careHome.id,
      dataCategoryId: medications,
      sourceOrganisationType: "ACUTE_TRUST",
    });
    await prisma.organisation.update({ where: { id: hospital.id }, data: { name: "Renamed" } });
    await prisma.dataCategory.update({
      where: { id: medications },
      data: { description: "Changed" },
    });
    expect(BigInt(await readChangeCounter(prisma, "pathway-inputs"))).toBe(before + 3n);
  });

  it("leave the counter alone when a transaction that changed a need rolls back", async () => {
    const prisma = await getPrisma();
    const before = await readChangeCounter(prisma, "pathway-inputs");
    await expect(
      prisma.$transaction(async (tx) => {
        await createDataNeed(tx as typeof prisma, {
          organisationId: careHome.id,
          dataCategoryId: medications,
          sourceOrganisationType: "ACUTE_TRUST",
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await readChangeCounter(prisma, "pathway-inputs")).toBe(before);
  });

  it("rise with the assessments and scores that round results read", async () => {
    const prisma = await getPrisma();
    const before = BigInt(await readChangeCounter(prisma, "maturity-results"));
    await prisma.organisation.update({ where: { id: careHome.id }, data: { name: "Renamed" } });
    expect(BigInt(await readChangeCounter(prisma, "maturity-results"))).toBe(before + 1n);
  });

  it("rise with commitments, and with the forum posts the dashboard counts but not with likes", async () => {
    const prisma = await getPrisma();
    const commitments = BigInt(await readChangeCounter(prisma, "commitments"));
    await prisma.commitment.create({
      data: { organisationId: careHome.id, title: "Sign up", dueOn: new Date("2026-12-31") },
    });
    expect(BigInt(await readChangeCounter(prisma, "commitments"))).toBe(commitments + 1n);

    const category = await createForumCategory(prisma);
    const topic = await prisma.forumTopic.create({
      data: { categoryId: category.id, title: "Discharge letters", tags: [] },
    });
    const forums = BigInt(await readChangeCounter(prisma, "forum-activity"));
    const post = await prisma.forumPost.create({
      data: { topicId: topic.id, number: 1, body: "How do you send them?" },
    });
    await prisma.forumPost.update({ where: { id: post.id }, data: { likeCount: 3 } });
    await prisma.forumTopic.update({ where: { id: topic.id }, data: { postCount: 1 } });
    expect(BigInt(await readChangeCounter(prisma, "forum-activity"))).toBe(forums + 1n);
    await prisma.forumPost.update({ where: { id: post.id }, data: { status: "HIDDEN" } });
    expect(BigInt(await readChangeCounter(prisma, "forum-activity"))).toBe(forums + 2n);
  });
});

describe("a pathway's derived content and readiness", () => {
  it("are read once while nothing changes", async () => {
    const id = await pathwayWithFlow();
    const first = await getPathway(lead, id);
    const second = await getPathway(lead, id);
    expect(second?.content).toBe(first?.content);
    expect(second?.readiness).toBe(first?.readiness);
  });

  it("while nothing changes, cost one statement: the pathway, its owner, version and key", async () => {
    const id = await pathwayWithFlow();
    const first = await getPathway(lead, id);
    const tally = { queries: 0 };
    const second = await queryTallyStorage().run(tally, () => getPathway(lead, id));
    expect(tally.queries).toBe(1);
    expect(second).toMatchObject({
      id,
      owner: first?.owner,
      published: first?.published,
      derivedKey: first?.derivedKey,
    });
  });

  it("follow a change to the pathway, a data need and an organisation's name", async () => {
    const prisma = await getPrisma();
    const id = await pathwayWithFlow();
    expect(needsFinding(await getPathway(lead, id))?.outcome).toBe("risk");

    await createDataNeed(prisma, {
      organisationId: careHome.id,
      dataCategoryId: medications,
      sourceOrganisationId: hospital.id,
    });
    expect(needsFinding(await getPathway(lead, id))?.outcome).toBe("ok");

    await prisma.organisation.update({
      where: { id: hospital.id },
      data: { name: "Moorside General" },
    });
    const renamed = await getPathway(lead, id);
    expect(renamed?.content.lanes.map((lane) => lane.label)).toContain("Moorside General");

    const flow = renamed?.content.flows[0];
    await removeFlow(lead, id, flow!.id);
    expect((await getPathway(lead, id))?.content.flows).toEqual([]);
  });

  it("follow a change to the agreements that cover a flow", async () => {
    const prisma = await getPrisma();
    const id = await pathwayWithFlow();
    expect(agreementFinding(await getPathway(lead, id))?.outcome).toBe("block");
    const flow = await prisma.informationFlow.findFirstOrThrow({ where: { pathwayId: id } });
    const agreement = await insertAgreement(prisma, {
      parties: [{ organisationId: hospital.id }, { organisationId: careHome.id }],
      dataCategoryIds: [medications],
      flowIds: [flow.id],
      status: "ACTIVE",
    });
    expect(agreementFinding(await getPathway(lead, id))?.outcome).toBe("ok");
    await prisma.agreement.update({ where: { id: agreement.id }, data: { status: "DRAFT" } });
    expect(agreementFinding(await getPathway(lead, id))?.outcome).toBe("risk");
    await prisma.agreementFlow.deleteMany({ where: { agreementId: agreement.id } });
    expect(agreementFinding(await getPathway(lead, id))?.outcome).toBe("block");
  });

  it("keep the pathways list's readiness up to date", async () => {
    const prisma = await getPrisma();
    const id = await pathwayWithFlow();
    const listed = async () =>
      (await listPathways(lead)).items.find((item) => item.id === id)?.readiness;
    expect((await listed())?.reasons.map((reason) => reason.reason)).toContain(
      "The receiving side has recorded no data need for this data from the sender.",
    );

    await createDataNeed(prisma, {
      organisationId: careHome.id,
      dataCategoryId: medications,
      sourceOrganisationId: hospital.id,
    });
    expect((await listed())?.reasons.map((reason) => reason.reason)).not.toContain(
      "The receiving side has recorded no data need for this data from the sender.",
    );
  });

  it("keep the sorted pathways list while nothing changes, and follow a rename, a publish and an archive", async () => {
    const id = await pathwayWithFlow();
    const reader = memberOf(careHome.id);
    const first = await summarisePathways(lead);
    const tally = { queries: 0 };
    const second = await queryTallyStorage().run(tally, () => summarisePathways(lead));
    // Only the change counters are read.
    expect(tally.queries).toBe(1);
    expect(second).toBe(first);

    await renamePathway(id, "Derived and renamed");
    const named = async (who: Actor, archived = false) =>
      (await summarisePathways(who, { archived })).find((item) => item.id === id)?.name;
    expect(await named(lead)).toBe("Derived and renamed");

    expect(await named(reader)).toBeUndefined();
    await publishPathway(lead, id);
    expect(await named(reader)).toBe("Derived and renamed");

    await setPathwayArchived(lead, id, true);
    expect(await named(lead)).toBeUndefined();
    expect(await named(lead, true)).toBe("Derived and renamed");
    expect(await named(reader)).toBeUndefined();
  });
});

describe("the data needs drill-down", () => {
  it("keeps a page while nothing changes, and follows a change to a need and to its pathway", async () => {
    const prisma = await getPrisma();
    const id = await pathwayWithFlow();
    const step = await prisma.pathwayStep.findFirstOrThrow({
      where: { pathwayId: id, name: "Welcome home" },
    });
    const need = await createDataNeed(prisma, {
      organisationId: careHome.id,
      dataCategoryId: medications,
      sourceOrganisationId: hospital.id,
      metToday: "NOT_AT_ALL",
    });
    await prisma.dataNeed.update({ where: { id: need.id }, data: { pathwayStepId: step.id } });
    const query = { category: medications, type: "CARE_HOME" as const, pathway: id, page: 1 };
    const row = async () =>
      (await listCoalitionNeeds(lead, query)).needs.find((n) => n.id === need.id);

    expect((await row())?.pathwayStep).toMatchObject({ name: "Welcome home" });
    const tally = { queries: 0 };
    const again = await queryTallyStorage().run(tally, () => listCoalitionNeeds(lead, query));
    // The change counters alone.
    expect(tally.queries).toBe(1);
    expect(again.needs.map((n) => n.id)).toEqual([need.id]);

    await renamePathway(id, "Renamed discharge");
    expect((await row())?.pathwayStep?.pathway.name).toBe("Renamed discharge");

    await prisma.dataNeed.update({ where: { id: need.id }, data: { metToday: "FULLY" } });
    expect(await row()).toBeUndefined();
  });
});
