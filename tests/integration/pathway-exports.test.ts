import { beforeEach, describe, expect, it, vi } from "vitest";

import { GET as getFlowsCsv } from "@/app/pathways/[pathwayId]/export/flows.csv/route";
import { GET as getMapPng } from "@/app/pathways/[pathwayId]/export/map.png/route";
import { GET as getMapSvg } from "@/app/pathways/[pathwayId]/export/map.svg/route";
import { GET as getBpmn } from "@/app/pathways/[pathwayId]/export/pathway.bpmn/route";
import { GET as getJson } from "@/app/pathways/[pathwayId]/export/pathway.json/route";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { addFlow } from "@/lib/pathways/add-flow";
import { addStep } from "@/lib/pathways/add-step";
import { createPathway } from "@/lib/pathways/create-pathway";
import { exportPathway } from "@/lib/pathways/export/export-pathway";
import type { PathwayFile } from "@/lib/pathways/export/pathway-json";
import { getPathway } from "@/lib/pathways/get-pathway";
import { importPathwayFile, importPathwayJson } from "@/lib/pathways/import-pathway";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { memberOf } from "../support/actors";
import { createOrganisation } from "../support/factories";
import { categoryId, createLead, flowInput } from "../support/pathway-factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/get-actor", () => ({ getActor: () => Promise.resolve(session.actor) }));
// Route handlers read the request id and address from the request headers.
vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-request-id": "route-test" })),
}));

let lead: Actor;
let hospital: { id: string; name: string; odsCode: string | null };
let surgery: { id: string; name: string; odsCode: string | null };

beforeEach(async () => {
  const prisma = await getPrisma();
  lead = await createLead(prisma);
  hospital = await createOrganisation(prisma, { type: "ACUTE_TRUST" });
  // An organisation without an ODS code is found again by its name.
  surgery = await createOrganisation(prisma, { type: "GP_PRACTICE", odsCode: null });
});

/** A pathway with three lanes, four steps and flows within and between organisations. */
async function buildPathway(name = "Discharge home") {
  const prisma = await getPrisma();
  const medications = await categoryId(prisma, "Medications and medical devices");
  const demographics = await categoryId(prisma, "Person demographics");
  const { id } = await createPathway(lead, {
    name,
    population: "Frail older people",
    purpose: "Safe discharge",
  });
  const plan = await addStep(lead, id, {
    name: "Plan discharge",
    lane: `org:${hospital.id}`,
    performerRole: "Discharge coordinator",
    setting: "Ward",
    description: "Agree the date & the <plan>",
  });
  const pharmacy = await addStep(lead, id, {
    name: "Pharmacy check",
    lane: `org:${hospital.id}`,
    performerRole: "Ward pharmacist",
  });
  const home = await addStep(lead, id, {
    name: "Welcome home",
    lane: "type:CARE_HOME",
    performerRole: "Care home manager",
  });
  const review = await addStep(lead, id, {
    name: "Review medicines",
    lane: `org:${surgery.id}`,
    performerRole: "GP",
  });
  await addFlow(lead, id, flowInput(plan.id, pharmacy.id, [medications]));
  await addFlow(
    lead,
    id,
    flowInput(pharmacy.id, home.id, [medications, demographics], {
      volumePerMonth: "",
      standard: "",
      mechanism: "SECURE_EMAIL",
      senderHoldsDigitally: "no",
      receiverCanTakeIn: "unknown",
      notes: "=1+1 is not a formula",
    }),
  );
  await addFlow(
    lead,
    id,
    flowInput(home.id, review.id, [demographics], { timeliness: "REAL_TIME" }),
  );
  return { id, steps: { plan, pharmacy, home, review } };
}

async function exportedFile(actor: Actor, pathwayId: string): Promise<PathwayFile> {
  const file = await exportPathway(actor, pathwayId, "pathway.json");
  expect(file).not.toBeNull();
  return JSON.parse(String(file?.body)) as PathwayFile;
}

const counts = async () => {
  const prisma = await getPrisma();
  return {
    pathways: await prisma.pathway.count(),
    steps: await prisma.pathwayStep.count(),
    flows: await prisma.informationFlow.count(),
  };
};

async function expectRefused(text: string, ...problems: (string | RegExp)[]) {
  const before = await counts();
  const error = await importPathwayJson(lead, text).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("VALIDATION");
  const listed = (error as AppError).fieldErrors?.file ?? [];
  for (const problem of problems) {
    expect(
      listed.some((line) => (typeof problem === "string" ? line === problem : problem.test(line))),
      `${String(problem)} in ${listed.join(" | ")}`,
    ).toBe(true);
  }
  expect(await counts()).toEqual(before);
  return listed;
}

describe("exporting a pathway and importing it again", () => {
  it("creates a new draft with the same content, recorded in its history and the audit trail", async () => {
    const original = await buildPathway();
    const text = JSON.stringify(await exportedFile(lead, original.id));

    const { id } = await importPathwayJson(lead, text, { requestId: "import-test" });

    expect(id).not.toBe(original.id);
    expect(await exportedFile(lead, id)).toEqual(await exportedFile(lead, original.id));
    const [before, after] = await Promise.all([
      getPathway(lead, original.id),
      getPathway(lead, id),
    ]);
    expect(after?.status).toBe("DRAFT");
    expect(after?.owner).toBe(lead.name);
    expect(after?.content.lanes.map((lane) => lane.organisationId)).toEqual(
      before?.content.lanes.map((lane) => lane.organisationId),
    );
    expect(after?.content.steps[0]?.description).toBe("Agree the date & the <plan>");
    expect(after?.readiness.summary).toEqual(before?.readiness.summary);

    const prisma = await getPrisma();
    const history = await prisma.pathwayChange.findMany({ where: { pathwayId: id } });
    expect(history.map((change) => [change.revision, change.summary])).toEqual([
      [1, "Imported from a file"],
    ]);
    const audit = await prisma.auditEvent.findFirst({
      where: { action: "pathway.imported", entityId: id },
    });
    expect(audit).toMatchObject({ actorId: lead.userId, requestId: "import-test" });
    expect(audit?.after).toMatchObject({ name: "Discharge home", steps: 4, flows: 3 });
  });

  it("finds organisations by ODS code first, then by name in any case", async () => {
    const original = await buildPathway();
    const file = await exportedFile(lead, original.id);
    file.lanes[0]!.organisation!.name = "A name this coalition does not use";
    file.lanes[2]!.organisation!.name = surgery.name.toUpperCase();

    const { id } = await importPathwayJson(lead, JSON.stringify(file));

    const view = await getPathway(lead, id);
    expect(view?.content.lanes.map((lane) => lane.organisationId)).toEqual([
      hospital.id,
      null,
      surgery.id,
    ]);
  });

  it("imports an uploaded file", async () => {
    const original = await buildPathway();
    const text = JSON.stringify(await exportedFile(lead, original.id));
    const { id } = await importPathwayFile(
      lead,
      new File([text], "pathway.json", { type: "application/json" }),
    );
    expect((await getPathway(lead, id))?.content.steps).toHaveLength(4);
  });
});

describe("a file the import refuses creates nothing", () => {
  it("lists organisations it cannot find", async () => {
    const file = await exportedFile(lead, (await buildPathway()).id);
    file.lanes[0]!.organisation = { odsCode: "ZZZ99", name: "Nowhere Trust", type: "ACUTE_TRUST" };
    file.lanes[2]!.organisation = { odsCode: null, name: "Nowhere Surgery", type: "GP_PRACTICE" };
    const listed = await expectRefused(
      JSON.stringify(file),
      /^Organisation "Nowhere Trust" \(ODS code ZZZ99\): no organisation in the coalition has this ODS code or name/,
      /^Organisation "Nowhere Surgery": no organisation in the coalition has this name/,
    );
    // Each missing organisation is listed once, not once per step in its lane.
    expect(listed).toHaveLength(2);
  });

  it("lists kinds of data that are not in the coalition's list", async () => {
    const file = await exportedFile(lead, (await buildPathway()).id);
    file.flows[0]!.dataCategories = ["Star signs", "Person demographics"];
    file.flows[1]!.dataCategories = ["Star signs", "Shoe sizes"];
    const listed = await expectRefused(
      JSON.stringify(file),
      /^These kinds of data are not in the coalition's list: "Star signs", "Shoe sizes"\./,
    );
    expect(listed).toHaveLength(1);
  });

  it("applies the forms' rules to every step and flow", async () => {
    const file = await exportedFile(lead, (await buildPathway()).id);
    file.steps[1]!.name = "   ";
    file.flows[0]!.purpose = "x".repeat(1001);
    file.flows[2]!.to = file.flows[2]!.from;
    await expectRefused(
      JSON.stringify(file),
      "Step 2: Enter the step's name",
      'Flow 1 (from "Plan discharge" to "step-2"): Purpose must be 1000 characters or fewer',
      /^Flow 3 .*: A flow must go to a different step from the one that sends it$/,
    );
  });

  it("says so when the file is not JSON, not a pathway file, or a later version", async () => {
    await expectRefused(
      "{ not json",
      "The file cannot be imported: it is not valid JSON. Choose a file exported from a pathway.",
    );
    await expectRefused(
      JSON.stringify({ format: "something-else", version: 1 }),
      /it is not a pathway file: its "format" must be "coalition-pathway"/,
    );
    await expectRefused("[1, 2, 3]", /it is not a pathway file/);
    await expectRefused(
      JSON.stringify({ format: "coalition-pathway", version: 2 }),
      "The file cannot be imported: it is version 2 of the pathway file format, and this platform reads version 1.",
    );
    await expectRefused(
      JSON.stringify({ format: "coalition-pathway", version: 1, pathway: {} }),
      /^pathway\.name: /,
    );
  });

  it("refuses more than 500 steps, and files over 1 MB", async () => {
    const file = await exportedFile(lead, (await buildPathway()).id);
    file.steps = Array.from({ length: 501 }, (_, index) => ({
      ...file.steps[0]!,
      key: `step-${index + 1}`,
    }));
    await expectRefused(JSON.stringify(file), "A pathway file may have at most 500 steps");

    const before = await counts();
    const large = new File(["x".repeat(1024 * 1024 + 1)], "large.json");
    await expect(importPathwayFile(lead, large)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { file: ["The file cannot be imported: it is larger than 1 MB."] },
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses anyone but a programme lead, whatever the file", async () => {
    const text = JSON.stringify(await exportedFile(lead, (await buildPathway()).id));
    const before = await counts();
    const member = memberOf(hospital.id);
    await expect(importPathwayJson(member, text)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importPathwayFile(member, new File([text], "p.json"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await counts()).toEqual(before);
  });
});

describe("the export routes", () => {
  const call = (handler: typeof getJson, pathwayId: string, query = "") =>
    handler(new Request(`http://localhost/pathways/${pathwayId}/export/file${query}`), {
      params: Promise.resolve({ pathwayId }),
    });

  it("answer each format as an attachment with its content type", async () => {
    const { id } = await buildPathway("Discharge / home: «first»");
    session.actor = lead;
    const expectations: [typeof getJson, string, string][] = [
      [getFlowsCsv, "text/csv; charset=utf-8", "discharge-home-first-draft-flows.csv"],
      [getMapSvg, "image/svg+xml; charset=utf-8", "discharge-home-first-draft-map.svg"],
      [getMapPng, "image/png", "discharge-home-first-draft-map.png"],
      [getBpmn, "application/xml; charset=utf-8", "discharge-home-first-draft.bpmn"],
      [getJson, "application/json; charset=utf-8", "discharge-home-first-draft.json"],
    ];
    for (const [handler, type, name] of expectations) {
      const response = await call(handler, id);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(type);
      expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${name}"`);
      expect(response.headers.get("cache-control")).toBe("private, no-store");
    }
    const png = new Uint8Array(await (await call(getMapPng, id)).arrayBuffer());
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const csv = await (await call(getFlowsCsv, id)).text();
    expect(csv).toContain('"\'=1+1 is not a formula"');
    expect(await (await call(getBpmn, id)).text()).toContain("<bpmn:messageFlow");
  });

  it("show a member only the published version, and nothing of a draft", async () => {
    const { id, steps } = await buildPathway();
    session.actor = memberOf(hospital.id);
    expect((await call(getJson, id)).status).toBe(404);
    expect((await call(getMapSvg, id, "?version=published")).status).toBe(404);

    await publishPathway(lead, id);
    await addStep(lead, id, {
      name: "Unpublished step",
      lane: `org:${hospital.id}`,
      performerRole: "Nurse",
    });
    await addFlow(
      lead,
      id,
      flowInput(steps.plan.id, steps.review.id, [
        await categoryId(await getPrisma(), "Person demographics"),
      ]),
    );

    const seenByMember = await call(getJson, id);
    expect(seenByMember.status).toBe(200);
    expect(seenByMember.headers.get("content-disposition")).toBe(
      'attachment; filename="discharge-home-v1.json"',
    );
    const published = (await seenByMember.json()) as PathwayFile;
    expect(published.steps.map((step) => step.name)).not.toContain("Unpublished step");
    expect(published.flows).toHaveLength(3);

    session.actor = lead;
    const draft = (await (await call(getJson, id)).json()) as PathwayFile;
    expect(draft.steps.map((step) => step.name)).toContain("Unpublished step");
    const leadPublished = (await (
      await call(getJson, id, "?version=published")
    ).json()) as PathwayFile;
    expect(leadPublished).toEqual(published);
  });

  it("answer 404 to a lead asking for a published version that does not exist", async () => {
    const { id } = await buildPathway();
    session.actor = lead;
    expect((await call(getBpmn, id, "?version=published")).status).toBe(404);
    expect((await call(getBpmn, "not-a-uuid")).status).toBe(404);
    expect((await call(getBpmn, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("send someone not signed in to sign in", async () => {
    const { id } = await buildPathway();
    session.actor = null;
    await expect(call(getFlowsCsv, id)).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_REDIRECT;[^;]*;\/sign-in\?callbackUrl=/) as unknown,
    });
  });
});
