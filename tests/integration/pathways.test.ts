import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { addFlow } from "@/lib/pathways/add-flow";
import { addStep } from "@/lib/pathways/add-step";
import { setPathwayArchived } from "@/lib/pathways/archive-pathway";
import { createPathway } from "@/lib/pathways/create-pathway";
import { getPathway } from "@/lib/pathways/get-pathway";
import { listPathways } from "@/lib/pathways/list-pathways";
import { moveStep } from "@/lib/pathways/move-step";
import { publishPathway } from "@/lib/pathways/publish-pathway";
import { removeFlow } from "@/lib/pathways/remove-flow";
import { removeStep } from "@/lib/pathways/remove-step";
import { updateFlow } from "@/lib/pathways/update-flow";
import { updatePathway } from "@/lib/pathways/update-pathway";
import { updateStep } from "@/lib/pathways/update-step";

import { adminOf, memberOf } from "../support/actors";
import { insertAgreement } from "../support/agreement-factories";
import { createOrganisation } from "../support/factories";
import { categoryId, createDataNeed, createLead, flowInput } from "../support/pathway-factories";

let lead: Actor;
let hospital: { id: string; name: string };
let careHome: { id: string; name: string };
let medications: string;
let demographics: string;

const details = {
  name: "Discharge home",
  population: "Frail older people",
  purpose: "Safe discharge",
};

async function pathwayWithTwoSteps() {
  const { id } = await createPathway(lead, details);
  const ward = await addStep(lead, id, {
    name: "Plan discharge",
    lane: `org:${hospital.id}`,
    performerRole: "Discharge coordinator",
    setting: "Ward",
    description: "",
  });
  const home = await addStep(lead, id, {
    name: "Welcome home",
    lane: `org:${careHome.id}`,
    performerRole: "Care home manager",
  });
  return { id, ward: ward.id, home: home.id };
}

const stepsOf = async (pathwayId: string) =>
  (await getPrisma()).pathwayStep.findMany({ where: { pathwayId }, orderBy: { position: "asc" } });
const flowsOf = async (pathwayId: string) =>
  (await getPrisma()).informationFlow.findMany({ where: { pathwayId } });

beforeEach(async () => {
  const prisma = await getPrisma();
  lead = await createLead(prisma);
  hospital = await createOrganisation(prisma, { type: "ACUTE_TRUST" });
  careHome = await createOrganisation(prisma, { type: "CARE_HOME" });
  medications = await categoryId(prisma, "Medications and medical devices");
  demographics = await categoryId(prisma, "Person demographics");
});

describe("building a pathway", () => {
  it("a lead starts a draft, adds steps in lanes and a flow, and the history says so", async () => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    await addFlow(lead, id, flowInput(ward, home, [medications, demographics, medications]));

    const view = await getPathway(lead, id);
    expect(view?.status).toBe("DRAFT");
    expect(view?.content.lanes.map((lane) => lane.label)).toEqual([hospital.name, careHome.name]);
    expect(view?.content.steps.map((step) => [step.name, step.position])).toEqual([
      ["Plan discharge", 1],
      ["Welcome home", 2],
    ]);
    const [flow] = view?.content.flows ?? [];
    expect(flow?.categories.map((category) => category.name).sort()).toEqual([
      "Medications and medical devices",
      "Person demographics",
    ]);
    expect(flow?.volumePerMonth).toBe(120);

    const history = await (
      await getPrisma()
    ).pathwayChange.findMany({
      where: { pathwayId: id },
      orderBy: { revision: "asc" },
    });
    expect(history.map((change) => change.summary)).toEqual([
      "Started the pathway",
      'Added the step "Plan discharge"',
      'Added the step "Welcome home"',
      'Added a flow from "Plan discharge" to "Welcome home"',
    ]);
    expect(view?.revision).toBe(4);
  });

  it("a lane can be any organisation of a type", async () => {
    const { id } = await createPathway(lead, details);
    await addStep(lead, id, { name: "Review", lane: "type:GP_PRACTICE", performerRole: "GP" });
    const view = await getPathway(lead, id);
    expect(view?.content.lanes).toMatchObject([
      { label: "Any GP practice", organisationId: null, organisationType: "GP_PRACTICE" },
    ]);
  });

  it.each([
    ["no categories", { dataCategoryIds: [] }, "dataCategoryIds"],
    ["no timeliness", { timeliness: "" }, "timeliness"],
    ["a negative volume", { volumePerMonth: "-3" }, "volumePerMonth"],
    ["a fractional volume", { volumePerMonth: "2.5" }, "volumePerMonth"],
  ])("refuses a flow with %s, saving nothing", async (_, change, field) => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    const attempt = addFlow(lead, id, flowInput(ward, home, [medications], change));
    const error = await attempt.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path[0])).toContain(field);
    expect(await flowsOf(id)).toEqual([]);
  });

  it("refuses a flow from a step to itself", async () => {
    const { id, ward } = await pathwayWithTwoSteps();
    const error = await addFlow(lead, id, flowInput(ward, ward, [medications])).catch(
      (caught: unknown) => caught,
    );
    expect((error as ZodError).issues[0]?.message).toBe(
      "A flow must go to a different step from the one that sends it",
    );
    expect(await flowsOf(id)).toEqual([]);
  });

  it("refuses a flow to a step of another pathway, and leaves the history alone", async () => {
    const { id, ward } = await pathwayWithTwoSteps();
    const other = await pathwayWithTwoSteps();
    const before = (await getPathway(lead, id))?.revision;
    await expect(
      addFlow(lead, id, flowInput(ward, other.home, [medications])),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { toStepId: [expect.any(String)] },
    });
    expect((await getPathway(lead, id))?.revision).toBe(before);
  });

  it("refuses a lane in an organisation that does not exist", async () => {
    const { id } = await createPathway(lead, details);
    await expect(
      addStep(lead, id, {
        name: "Visit",
        lane: "org:00000000-0000-4000-8000-000000000000",
        performerRole: "District nurse",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { lane: [expect.any(String)] } });
    expect(await stepsOf(id)).toEqual([]);
  });
});

describe("nobody's change is silently lost", () => {
  it("a step changed since the form was opened is refused with a clear message", async () => {
    const { id, ward } = await pathwayWithTwoSteps();
    const opened = (await stepsOf(id))[0]?.version;
    const change = {
      name: "Plan the discharge",
      lane: `org:${hospital.id}`,
      performerRole: "Nurse",
    };
    await updateStep(lead, id, ward, change, opened);
    await expect(
      updateStep(lead, id, ward, { ...change, name: "Someone else's name" }, opened),
    ).rejects.toThrow(/^Someone else changed this step since you opened it/);
    expect((await stepsOf(id))[0]?.name).toBe("Plan the discharge");
  });

  it("two people editing different steps both keep their changes", async () => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    const [first, second] = await stepsOf(id);
    await updateStep(
      lead,
      id,
      ward,
      { name: "A", lane: `org:${hospital.id}`, performerRole: "R" },
      first?.version,
    );
    await updateStep(
      lead,
      id,
      home,
      { name: "B", lane: `org:${careHome.id}`, performerRole: "R" },
      second?.version,
    );
    expect((await stepsOf(id)).map((step) => step.name)).toEqual(["A", "B"]);
  });

  it("a flow and the pathway's details are guarded the same way", async () => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    const { id: flowId } = await addFlow(lead, id, flowInput(ward, home, [medications]));
    await updateFlow(lead, id, flowId, flowInput(ward, home, [demographics]), 1);
    await expect(
      updateFlow(lead, id, flowId, flowInput(ward, home, [medications]), 1),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await updatePathway(lead, id, { ...details, name: "Renamed" }, 1);
    await expect(updatePathway(lead, id, details, 1)).rejects.toMatchObject({ code: "CONFLICT" });
    const view = await getPathway(lead, id);
    expect(view?.content.name).toBe("Renamed");
    expect(view?.content.flows[0]?.categories.map((category) => category.id)).toEqual([
      demographics,
    ]);
  });
});

describe("moving and removing steps", () => {
  it("moves a step earlier and into another lane, renumbering the rest", async () => {
    const { id, home } = await pathwayWithTwoSteps();
    const third = await addStep(lead, id, {
      name: "GP review",
      lane: "type:GP_PRACTICE",
      performerRole: "GP",
    });
    const version = (await stepsOf(id)).find((step) => step.id === third.id)?.version;
    await moveStep(lead, id, third.id, { position: 1, lane: `org:${careHome.id}`, version });
    const steps = await stepsOf(id);
    expect(steps.map((step) => [step.name, step.position])).toEqual([
      ["GP review", 1],
      ["Plan discharge", 2],
      ["Welcome home", 3],
    ]);
    expect(steps[0]).toMatchObject({ organisationId: careHome.id, organisationType: null });
    // A form opened before the move sees it as a change.
    await expect(moveStep(lead, id, third.id, { position: 3, version })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(steps.find((step) => step.id === home)?.position).toBe(3);
  });

  it("removing a step removes its flows with it, in one go, and closes the gap", async () => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    const third = await addStep(lead, id, {
      name: "GP review",
      lane: "type:GP_PRACTICE",
      performerRole: "GP",
    });
    await addFlow(lead, id, flowInput(ward, home, [medications]));
    await addFlow(lead, id, flowInput(home, third.id, [medications]));
    const kept = await addFlow(lead, id, flowInput(ward, third.id, [medications]));

    expect(await removeStep(lead, id, home)).toEqual({ removedFlows: 2 });
    expect((await flowsOf(id)).map((flow) => flow.id)).toEqual([kept.id]);
    expect((await stepsOf(id)).map((step) => [step.name, step.position])).toEqual([
      ["Plan discharge", 1],
      ["GP review", 2],
    ]);
  });

  it("removes a flow", async () => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    const flow = await addFlow(lead, id, flowInput(ward, home, [medications]));
    await removeFlow(lead, id, flow.id);
    expect(await flowsOf(id)).toEqual([]);
  });
});

describe("publishing", () => {
  it("keeps the published version readable while the next draft is edited", async () => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    await addFlow(lead, id, flowInput(ward, home, [medications]));
    expect(await publishPathway(lead, id)).toEqual({ number: 1 });
    await expect(publishPathway(lead, id)).rejects.toMatchObject({ code: "CONFLICT" });

    await addStep(lead, id, { name: "Draft only", lane: "type:GP_PRACTICE", performerRole: "GP" });
    const member = memberOf(careHome.id);
    const published = await getPathway(member, id);
    expect(published?.showing).toBe("published");
    expect(published?.published?.number).toBe(1);
    expect(published?.published?.publishedAt).toBeInstanceOf(Date);
    expect(published?.published?.publishedAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(published?.content.steps.map((step) => step.name)).toEqual([
      "Plan discharge",
      "Welcome home",
    ]);
    expect(published?.content.flows).toHaveLength(1);

    const draft = await getPathway(lead, id);
    expect(draft?.showing).toBe("draft");
    expect(draft?.hasUnpublishedChanges).toBe(true);
    expect(draft?.content.steps).toHaveLength(3);
    expect((await getPathway(lead, id, "published"))?.content.steps).toHaveLength(2);

    expect(await publishPathway(lead, id)).toEqual({ number: 2 });
    const republished = await getPathway(member, id);
    expect(republished?.content.steps).toHaveLength(3);
    expect(republished?.published?.number).toBe(2);
    expect(republished?.owner).toBe(lead.name);
  });

  it("hides drafts and archived pathways from everyone but leads", async () => {
    const draft = await pathwayWithTwoSteps();
    const published = await pathwayWithTwoSteps();
    await publishPathway(lead, published.id);
    for (const person of [memberOf(careHome.id), adminOf(careHome.id)]) {
      expect(await getPathway(person, draft.id)).toBeNull();
      expect(await getPathway(person, published.id)).not.toBeNull();
      const listed = (await listPathways(person)).items.map((item) => item.id);
      expect(listed).toContain(published.id);
      expect(listed).not.toContain(draft.id);
    }
    await setPathwayArchived(lead, published.id, true);
    expect(await getPathway(memberOf(careHome.id), published.id)).toBeNull();
    await expect(
      addStep(lead, published.id, { name: "x", lane: "type:GP_PRACTICE", performerRole: "GP" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await listPathways(lead)).items.map((item) => item.id)).not.toContain(published.id);
    expect((await listPathways(lead, { archived: true })).items.map((item) => item.id)).toContain(
      published.id,
    );
  });

  it("refuses every change from people who are not leads, changing nothing", async () => {
    const { id, ward, home } = await pathwayWithTwoSteps();
    const before = await getPathway(lead, id);
    for (const person of [memberOf(hospital.id), adminOf(hospital.id)]) {
      await expect(createPathway(person, details)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        addStep(person, id, { name: "x", lane: "type:GP_PRACTICE", performerRole: "GP" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(addFlow(person, id, flowInput(ward, home, [medications]))).rejects.toMatchObject(
        { code: "FORBIDDEN" },
      );
      await expect(removeStep(person, id, ward)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(publishPathway(person, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await getPathway(lead, id))?.revision).toBe(before?.revision);
  });
});

describe("readiness", () => {
  it("says why each flow is blocked, at risk or ready, counting recorded needs", async () => {
    const prisma = await getPrisma();
    const { id, ward, home } = await pathwayWithTwoSteps();
    const ready = await addFlow(lead, id, flowInput(ward, home, [medications]));
    const blocked = await addFlow(
      lead,
      id,
      flowInput(ward, home, [demographics], { receiverCanTakeIn: "no" }),
    );
    const atRisk = await addFlow(
      lead,
      id,
      flowInput(home, ward, [demographics], { mechanism: "PHONE" }),
    );
    // The care home needs medications from the hospital; the hospital needs demographics from any care home.
    await createDataNeed(prisma, {
      organisationId: careHome.id,
      dataCategoryId: medications,
      sourceOrganisationId: hospital.id,
    });
    await createDataNeed(prisma, {
      organisationId: hospital.id,
      dataCategoryId: demographics,
      sourceOrganisationType: "CARE_HOME",
    });
    // Needs that must not match: another organisation, another source.
    const elsewhere = await createOrganisation(prisma, { type: "CARE_HOME" });
    await createDataNeed(prisma, {
      organisationId: elsewhere.id,
      dataCategoryId: demographics,
      sourceOrganisationId: hospital.id,
    });

    // An active agreement between the two covers every flow of theirs by rule.
    await insertAgreement(prisma, {
      parties: [{ organisationId: hospital.id }, { organisationId: careHome.id }],
      dataCategoryIds: [medications, demographics],
      coversByRule: true,
    });

    const view = await getPathway(lead, id);
    const readiness = view?.readiness;
    expect(readiness?.flows.get(ready.id)?.status).toBe("READY");
    expect(readiness?.flows.get(blocked.id)?.status).toBe("BLOCKED");
    expect(readiness?.flows.get(blocked.id)?.reasons.map((reason) => reason.signal)).toEqual([
      "receiver",
    ]);
    // The blocked flow has no matching need either: the care home did not ask for demographics.
    expect(
      readiness?.flows.get(blocked.id)?.findings.find((f) => f.signal === "needs")?.outcome,
    ).toBe("risk");
    expect(readiness?.flows.get(atRisk.id)?.reasons.map((reason) => reason.signal)).toEqual([
      "mechanism",
    ]);
    expect(readiness?.summary.counts).toEqual({ READY: 1, AT_RISK: 1, BLOCKED: 1 });
    expect((await listPathways(lead)).items.find((item) => item.id === id)?.readiness.overall).toBe(
      "BLOCKED",
    );
  });

  it("counts needs for a lane of a type from every organisation of that type, once", async () => {
    const prisma = await getPrisma();
    const { id } = await createPathway(lead, details);
    const ward = await addStep(lead, id, {
      name: "Send",
      lane: `org:${hospital.id}`,
      performerRole: "Nurse",
    });
    const anyHome = await addStep(lead, id, {
      name: "Receive",
      lane: "type:CARE_HOME",
      performerRole: "Carer",
    });
    const named = await addStep(lead, id, {
      name: "Named",
      lane: `org:${careHome.id}`,
      performerRole: "Carer",
    });
    const toType = await addFlow(lead, id, flowInput(ward.id, anyHome.id, [medications]));
    const toNamed = await addFlow(lead, id, flowInput(ward.id, named.id, [medications]));
    const otherHome = await createOrganisation(prisma, { type: "CARE_HOME" });
    for (const organisationId of [careHome.id, otherHome.id]) {
      await createDataNeed(prisma, {
        organisationId,
        dataCategoryId: medications,
        sourceOrganisationId: hospital.id,
      });
    }
    const readiness = (await getPathway(lead, id))?.readiness;
    const needs = (flowId: string) =>
      readiness?.flows.get(flowId)?.findings.find((finding) => finding.signal === "needs")?.reason;
    expect(needs(toType.id)).toBe("The receiving side has recorded 2 data needs for this data.");
    expect(needs(toNamed.id)).toBe("The receiving side has recorded a data need for this data.");
  });
});
