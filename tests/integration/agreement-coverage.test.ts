import { beforeEach, describe, expect, it } from "vitest";

import { listCoveragePairs } from "@/lib/agreements/coverage/coalition-coverage";
import { coalitionCoverageCsv } from "@/lib/agreements/coverage/coalition-coverage-csv";
import type { CoverageFlow } from "@/lib/agreements/coverage/coverage";
import { loadCoverageAgreements } from "@/lib/agreements/coverage/load-agreements";
import { listOrganisationAgreements } from "@/lib/agreements/coverage/organisation-agreements";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { DbTransaction } from "@/lib/db/types";
import { addFlow } from "@/lib/pathways/add-flow";
import { addStep } from "@/lib/pathways/add-step";
import { createPathway } from "@/lib/pathways/create-pathway";
import { getPathway } from "@/lib/pathways/get-pathway";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { memberOf } from "../support/actors";
import { insertAgreement } from "../support/agreement-factories";
import { createOrganisation } from "../support/factories";
import { categoryId, createLead, flowInput } from "../support/pathway-factories";

let lead: Actor;
let hospital: { id: string; name: string };
let careHome: { id: string; name: string };
let practice: { id: string; name: string };
let medications: string;
let demographics: string;

beforeEach(async () => {
  const prisma = await getPrisma();
  lead = await createLead(prisma);
  hospital = await createOrganisation(prisma, { type: "ACUTE_TRUST" });
  careHome = await createOrganisation(prisma, { type: "CARE_HOME" });
  practice = await createOrganisation(prisma, { type: "GP_PRACTICE" });
  medications = await categoryId(prisma, "Medications and medical devices");
  demographics = await categoryId(prisma, "Person demographics");
});

/** A pathway with a step in each organisation's lane and one in a lane of any GP practice. */
async function pathway() {
  const { id } = await createPathway(lead, {
    name: "Discharge with agreements",
    population: "Older people",
    purpose: "Safe discharge",
  });
  const lane = (organisationId: string) => `org:${organisationId}`;
  const ward = await addStep(lead, id, {
    name: "Ward",
    lane: lane(hospital.id),
    performerRole: "Nurse",
  });
  const home = await addStep(lead, id, {
    name: "Home",
    lane: lane(careHome.id),
    performerRole: "Carer",
  });
  const surgery = await addStep(lead, id, {
    name: "Surgery",
    lane: lane(practice.id),
    performerRole: "GP",
  });
  const anyPractice = await addStep(lead, id, {
    name: "Any practice",
    lane: "type:GP_PRACTICE",
    performerRole: "GP",
  });
  const covered = await addFlow(lead, id, flowInput(ward.id, home.id, [medications]));
  const partly = await addFlow(
    lead,
    id,
    flowInput(ward.id, surgery.id, [medications, demographics]),
  );
  const unsigned = await addFlow(lead, id, flowInput(home.id, surgery.id, [medications]));
  const none = await addFlow(lead, id, flowInput(surgery.id, home.id, [demographics]));
  const typeLane = await addFlow(lead, id, flowInput(ward.id, anyPractice.id, [medications]));
  return { id, covered, partly, unsigned, none, typeLane };
}

const agreementFinding = (view: Awaited<ReturnType<typeof getPathway>>, flowId: string) =>
  view?.readiness.flows.get(flowId)?.findings.find((f) => f.signal === "agreement");

describe("agreements in a pathway's readiness", () => {
  it("says ok, at risk or blocked per flow, naming the agreement and what it lacks", async () => {
    const prisma = await getPrisma();
    const flows = await pathway();
    await insertAgreement(prisma, {
      reference: "DSA-COVERS",
      parties: [{ organisationId: hospital.id }, { organisationId: careHome.id }],
      dataCategoryIds: [medications],
      flowIds: [flows.covered.id, flows.typeLane.id],
    });
    await insertAgreement(prisma, {
      reference: "DSA-PARTLY",
      parties: [{ organisationId: hospital.id }, { organisationId: practice.id }],
      dataCategoryIds: [medications],
      coversByRule: true,
    });
    await insertAgreement(prisma, {
      reference: "DSA-UNSIGNED",
      status: "AWAITING_SIGNATURES",
      parties: [{ organisationId: careHome.id }, { organisationId: practice.id }],
      dataCategoryIds: [medications],
      flowIds: [flows.unsigned.id],
    });
    // Expired and terminated agreements cover nothing.
    await insertAgreement(prisma, {
      status: "EXPIRED",
      parties: [{ organisationId: practice.id }, { organisationId: careHome.id }],
      dataCategoryIds: [demographics],
      flowIds: [flows.none.id],
    });

    const view = await getPathway(lead, flows.id);
    expect(agreementFinding(view, flows.covered.id)).toMatchObject({ outcome: "ok" });
    expect(agreementFinding(view, flows.covered.id)?.reason).toContain("DSA-COVERS");

    const partly = agreementFinding(view, flows.partly.id);
    expect(partly?.outcome).toBe("risk");
    expect(partly?.reason).toContain("DSA-PARTLY");
    expect(partly?.reason).toContain("Person demographics is not among its data");

    const unsigned = agreementFinding(view, flows.unsigned.id);
    expect(unsigned?.outcome).toBe("risk");
    expect(unsigned?.reason).toContain("it is awaiting signatures, not active");

    expect(agreementFinding(view, flows.none.id)).toMatchObject({
      outcome: "block",
      reason: "No data sharing agreement covers this flow.",
    });
    expect(view?.readiness.flows.get(flows.none.id)?.status).toBe("BLOCKED");

    const typeLane = agreementFinding(view, flows.typeLane.id);
    expect(typeLane?.outcome).toBe("risk");
    expect(typeLane?.reason).toContain("any GP practice, which no named party can cover");
  });

  it("names an agreement only to readers who may open it, yet counts it for everyone", async () => {
    const prisma = await getPrisma();
    const flows = await pathway();
    await insertAgreement(prisma, {
      reference: "DSA-PRIVATE-DRAFT",
      status: "DRAFT",
      parties: [{ organisationId: hospital.id }, { organisationId: careHome.id }],
      dataCategoryIds: [medications],
      flowIds: [flows.covered.id],
    });
    await publishPathway(lead, flows.id);

    const outsider = await createOrganisation(prisma);
    const asOutsider = await getPathway(memberOf(outsider.id), flows.id, "published");
    const seenByOutsider = agreementFinding(asOutsider, flows.covered.id);
    expect(seenByOutsider?.outcome).toBe("risk");
    expect(seenByOutsider?.reason).not.toContain("DSA-PRIVATE-DRAFT");

    const asParty = await getPathway(memberOf(careHome.id), flows.id, "published");
    expect(agreementFinding(asParty, flows.covered.id)?.reason).toContain("DSA-PRIVATE-DRAFT");
  });
});

describe("loading the agreements that could cover flows", () => {
  it("reads in the same few queries however many flows and agreements there are", async () => {
    const prisma = await getPrisma();
    const calls: string[] = [];
    const counting = {
      agreement: {
        findMany: (args: Parameters<typeof prisma.agreement.findMany>[0]) => {
          calls.push("agreement.findMany");
          return prisma.agreement.findMany(args);
        },
      },
    } as unknown as DbTransaction;

    const flowsFor = async (count: number): Promise<CoverageFlow[]> => {
      const flows = await pathway();
      const ids = [flows.covered, flows.partly, flows.unsigned, flows.none].map((f) => f.id);
      const agreements = await Promise.all(
        Array.from({ length: count }, () =>
          insertAgreement(prisma, {
            parties: [{ organisationId: hospital.id }, { organisationId: careHome.id }],
            dataCategoryIds: [medications],
            flowIds: ids,
          }),
        ),
      );
      expect(agreements).toHaveLength(count);
      return ids.map((id) => ({
        id,
        from: { organisationId: hospital.id, organisationType: "ACUTE_TRUST" },
        to: { organisationId: careHome.id, organisationType: "CARE_HOME" },
        dataCategoryIds: [medications],
      }));
    };

    const reader = memberOf(hospital.id);
    const few = await loadCoverageAgreements(counting, await flowsFor(1), reader);
    const callsForFew = calls.length;
    calls.length = 0;
    const many = await loadCoverageAgreements(counting, await flowsFor(12), reader);
    expect(calls.length).toBe(callsForFew);
    expect(few.agreements.length).toBeGreaterThanOrEqual(1);
    expect(many.agreements.length).toBeGreaterThanOrEqual(12);
    expect(many.agreements.every((a) => a.flowIds.length === 4)).toBe(true);
  });
});

describe("the coalition's coverage", () => {
  it("lists each pair of organisations with its best agreement and its flows' coverage", async () => {
    const prisma = await getPrisma();
    const flows = await pathway();
    await insertAgreement(prisma, {
      title: "=HYPERLINK(evil)",
      parties: [{ organisationId: hospital.id }, { organisationId: careHome.id }],
      dataCategoryIds: [medications],
      flowIds: [flows.covered.id],
    });
    await insertAgreement(prisma, {
      status: "DRAFT",
      parties: [{ organisationId: hospital.id }, { organisationId: careHome.id }],
    });
    const place = (await prisma.organisation.findUniqueOrThrow({ where: { id: hospital.id } }))
      .placeId;

    const pairs = await listCoveragePairs(lead, { place });
    const pair = (a: string, b: string) =>
      pairs.find((p) => [p.a.id, p.b.id].sort().join() === [a, b].sort().join());
    expect(pair(hospital.id, careHome.id)).toMatchObject({
      status: "ACTIVE",
      agreements: { ACTIVE: 1, DRAFT: 1 },
      flows: { total: 1, covered: 1, atRisk: 0, notCovered: 0 },
    });
    expect(pair(hospital.id, practice.id)?.flows).toEqual({
      total: 1,
      covered: 0,
      atRisk: 0,
      notCovered: 1,
    });
    // Pairs with uncovered flows come first.
    expect(pairs[0]?.flows.notCovered).toBeGreaterThan(0);

    const csv = coalitionCoverageCsv(pairs);
    expect(csv).toContain('"Agreement status"');
    expect(csv).not.toMatch(/"=/);
  });

  it("is for programme leads only", async () => {
    await expect(listCoveragePairs(memberOf(hospital.id), {})).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("an organisation's agreements", () => {
  it("lists what the reader may see, with what the organisation still has to sign", async () => {
    const prisma = await getPrisma();
    const awaiting = await insertAgreement(prisma, {
      status: "AWAITING_SIGNATURES",
      parties: [{ organisationId: hospital.id }, { organisationId: practice.id }],
    });
    const version = await prisma.agreementVersion.create({
      data: { agreementId: awaiting.id, number: 1, content: {}, contentHash: "x" },
    });
    const hospitalParty = await prisma.agreementParty.findFirstOrThrow({
      where: { agreementId: awaiting.id, organisationId: hospital.id },
    });
    await prisma.agreementSignature.create({
      data: {
        agreementId: awaiting.id,
        versionId: version.id,
        partyId: hospitalParty.id,
        organisationId: hospital.id,
        signerName: "Someone",
        signerRole: "Caldicott Guardian",
        decision: "SIGNED",
        attestation: "I sign.",
        contentHash: "x",
      },
    });
    const published = await insertAgreement(prisma, {
      published: true,
      parties: [{ organisationId: practice.id }, { organisationId: careHome.id }],
    });

    const forPractice = await listOrganisationAgreements(memberOf(practice.id), practice.id);
    expect(forPractice.map((a) => [a.reference, a.toSign])).toEqual(
      expect.arrayContaining([
        [awaiting.reference, true],
        [published.reference, false],
      ]),
    );
    const forHospital = await listOrganisationAgreements(memberOf(hospital.id), hospital.id);
    expect(forHospital.find((a) => a.id === awaiting.id)?.toSign).toBe(false);

    // Someone of another organisation sees only the published one.
    const outsider = await createOrganisation(prisma);
    const seen = await listOrganisationAgreements(memberOf(outsider.id), practice.id);
    expect(seen.map((a) => a.id)).toEqual([published.id]);
  });
});
