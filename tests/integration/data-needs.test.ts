import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { addDataNeed } from "@/lib/data-needs/add-data-need";
import { cellKey, getCoalitionHeatmap } from "@/lib/data-needs/coalition-heatmap";
import { exportDataNeedsCsv } from "@/lib/data-needs/export-data-needs";
import { getDataNeed } from "@/lib/data-needs/get-data-need";
import {
  listCoalitionFilterOptions,
  listCoalitionNeeds,
} from "@/lib/data-needs/list-coalition-needs";
import { listDataNeedFormOptions } from "@/lib/data-needs/list-form-options";
import { listOrganisationNeeds } from "@/lib/data-needs/list-organisation-needs";
import { removeDataNeed } from "@/lib/data-needs/remove-data-need";
import { DATA_NEEDS_PAGE_SIZE, organisationNeedsQuerySchema } from "@/lib/data-needs/schemas";
import { updateDataNeed } from "@/lib/data-needs/update-data-need";
import { getPrisma } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import { FILTER_CHOICES_MAX } from "@/lib/filters/choices";
import { setOrganisationArchived } from "@/lib/organisations/archive-organisation";
import { publishPathway } from "@/lib/pathways/publish-pathway";

import { adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import {
  createDataCategory,
  createDataNeed,
  createPathwayStep,
} from "../support/data-need-factories";
import { createOrganisation, createPlace, createUser } from "../support/factories";

let organisationA: string;
let organisationB: string;
let categoryId: string;

const input = (overrides: Record<string, unknown> = {}) => ({
  teamOrRole: "  Night nurses ",
  dataCategoryId: categoryId,
  source: `org:${organisationB}`,
  timeliness: "SAME_DAY",
  volumePerMonth: "1,200",
  purpose: "To give the right medicines after discharge",
  decision: "",
  importance: "ESSENTIAL",
  metToday: "PARTLY",
  pathwayStepId: "",
  ...overrides,
});

const needsOf = async (organisationId: string) =>
  (await getPrisma()).dataNeed.findMany({ where: { organisationId }, orderBy: { id: "asc" } });
const needEventCount = async () =>
  (await getPrisma()).auditEvent.count({ where: { action: { startsWith: "dataNeed." } } });
const defaultQuery = organisationNeedsQuerySchema.parse({});

beforeEach(async () => {
  const prisma = await getPrisma();
  organisationA = (await createOrganisation(prisma, { type: "CARE_HOME" })).id;
  organisationB = (await createOrganisation(prisma, { type: "ACUTE_TRUST" })).id;
  categoryId = (await createDataCategory(prisma)).id;
});

describe("recording a data need", () => {
  it("lets the organisation's admin record one, tidied and audited in the same transaction", async () => {
    const admin = adminOf(organisationA);
    const { id } = await addDataNeed(admin, organisationA, input(), { requestId: "r-need" });

    const need = await (await getPrisma()).dataNeed.findUniqueOrThrow({ where: { id } });
    expect(need).toMatchObject({
      organisationId: organisationA,
      teamOrRole: "Night nurses",
      dataCategoryId: categoryId,
      sourceOrganisationId: organisationB,
      sourceOrganisationType: null,
      volumePerMonth: 1200,
      decision: null,
      importance: "ESSENTIAL",
      metToday: "PARTLY",
      pathwayStepId: null,
      version: 1,
    });
    const [event] = await (
      await getPrisma()
    ).auditEvent.findMany({ where: { entityId: id, action: "data_need.added" } });
    expect(event).toMatchObject({
      actorId: admin.userId,
      actingOrganisationId: organisationA,
      entityType: "DataNeed",
      requestId: "r-need",
      after: { teamOrRole: "Night nurses", sourceOrganisationId: organisationB },
    });
  });

  it("records a need from any organisation of a type, on a pathway step", async () => {
    const { stepId } = await createPathwayStep(await getPrisma());
    const { id } = await addDataNeed(
      lead(),
      organisationA,
      input({ source: "type:GP_PRACTICE", pathwayStepId: stepId }),
    );
    const need = await (await getPrisma()).dataNeed.findUniqueOrThrow({ where: { id } });
    expect(need).toMatchObject({
      sourceOrganisationId: null,
      sourceOrganisationType: "GP_PRACTICE",
      pathwayStepId: stepId,
    });
  });

  it("refuses members, admins of other organisations, adding nothing", async () => {
    const events = await needEventCount();
    for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
      await expect(addDataNeed(who, organisationA, input())).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    expect(await needsOf(organisationA)).toEqual([]);
    expect(await needEventCount()).toBe(events);
  });

  it("refuses bad input with a message for each field, adding nothing", async () => {
    const error = await addDataNeed(
      adminOf(organisationA),
      organisationA,
      input({ teamOrRole: " ", source: "org:nope", volumePerMonth: "lots", importance: "" }),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual([
      "importance",
      "source",
      "teamOrRole",
      "volumePerMonth",
    ]);
    expect(await needsOf(organisationA)).toEqual([]);
  });

  it("answers with field errors for a category, source or step that does not exist", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    await expect(
      addDataNeed(
        lead(),
        organisationA,
        input({ dataCategoryId: missing, source: `org:${missing}`, pathwayStepId: missing }),
      ),
    ).rejects.toSatisfy(
      (error: AppError) =>
        error.code === "VALIDATION" &&
        Object.keys(error.fieldErrors ?? {})
          .sort()
          .join() === "dataCategoryId,pathwayStepId,source",
    );
    expect(await needsOf(organisationA)).toEqual([]);
  });

  it("offers the categories, organisations and pathway steps grouped by pathway", async () => {
    const { stepId } = await createPathwayStep(await getPrisma(), "Hospital discharge");
    const options = await listDataNeedFormOptions(lead());
    expect(options.categories.map((option) => option.value)).toContain(categoryId);
    expect(options.organisations.map((option) => option.value)).toContain(`org:${organisationB}`);
    const group = options.pathwaySteps.find(
      (entry) => entry.label === "Hospital discharge (draft)",
    );
    expect(group?.options.map((option) => option.value)).toEqual([stepId]);
  });
});

describe("the pathway step a need serves", () => {
  let name: string;
  let published: { pathwayId: string; stepId: string };
  let draftCopy: { pathwayId: string; stepId: string };

  beforeEach(async () => {
    const prisma = await getPrisma();
    const publisher = await createUser(prisma, { role: "PROGRAMME_LEAD" });
    name = `Discharge ${publisher.id}`;
    published = await createPathwayStep(prisma, name);
    await publishPathway({ ...lead(), userId: publisher.id }, published.pathwayId);
    // An imported copy of the same pathway: a draft of the same name.
    draftCopy = await createPathwayStep(prisma, name);
  });

  const groupsNamed = async (actor: Actor) =>
    (await listDataNeedFormOptions(actor)).pathwaySteps.filter((group) =>
      group.label.startsWith(name),
    );

  it("offers an organisation admin only the steps of published pathways, with their version", async () => {
    const groups = await groupsNamed(adminOf(organisationA));
    expect(groups.map((group) => group.label)).toEqual([`${name} (version 1)`]);
    expect(groups[0]?.options.map((option) => option.value)).toEqual([published.stepId]);
    expect(groups[0]?.options[0]?.label).toMatch(/^1\. Step /);
  });

  it("tells a lead a published pathway from its draft copy of the same name", async () => {
    const labels = (await groupsNamed(lead())).map((group) => group.label);
    expect(labels.sort()).toEqual([`${name} (draft)`, `${name} (published, version 1)`]);
  });

  it("refuses a draft's step from an organisation admin, beside the field, and records nothing", async () => {
    await expect(
      addDataNeed(
        adminOf(organisationA),
        organisationA,
        input({ pathwayStepId: draftCopy.stepId }),
      ),
    ).rejects.toSatisfy(
      (error: AppError) =>
        error.code === "VALIDATION" &&
        Object.keys(error.fieldErrors ?? {}).join() === "pathwayStepId",
    );
    expect(await needsOf(organisationA)).toEqual([]);
  });

  it("lets an organisation admin link a need to a published pathway's step", async () => {
    await addDataNeed(
      adminOf(organisationA),
      organisationA,
      input({ pathwayStepId: published.stepId }),
    );
    expect((await needsOf(organisationA)).map((need) => need.pathwayStepId)).toEqual([
      published.stepId,
    ]);
  });

  it("shows the organisation's members no step of a draft that a lead linked a need to", async () => {
    const prisma = await getPrisma();
    await createDataNeed(prisma, organisationA, {
      dataCategoryId: categoryId,
      pathwayStepId: draftCopy.stepId,
    });
    await createDataNeed(prisma, organisationA, {
      dataCategoryId: categoryId,
      pathwayStepId: published.stepId,
    });
    const shown = async (actor: Actor) =>
      (await listOrganisationNeeds(actor, organisationA, defaultQuery))!.own.needs
        .map((need) => need.pathwayStep?.pathway.status ?? "none")
        .sort();

    expect(await shown(memberOf(organisationA))).toEqual(["PUBLISHED", "none"]);
    expect(await shown(lead())).toEqual(["DRAFT", "PUBLISHED"]);
  });

  it("lets a lead link a need to a draft's step", async () => {
    await addDataNeed(lead(), organisationA, input({ pathwayStepId: draftCopy.stepId }));
    expect((await needsOf(organisationA)).map((need) => need.pathwayStepId)).toEqual([
      draftCopy.stepId,
    ]);
  });
});

describe("changing a data need", () => {
  it("lets the admin change it, raising its version, audited with before and after", async () => {
    const need = await createDataNeed(await getPrisma(), organisationA, {
      dataCategoryId: categoryId,
    });

    const { version } = await updateDataNeed(
      adminOf(organisationA),
      organisationA,
      need.id,
      1,
      input({ metToday: "FULLY", source: "type:PHARMACY" }),
    );

    expect(version).toBe(2);
    const changed = await (
      await getPrisma()
    ).dataNeed.findUniqueOrThrow({ where: { id: need.id } });
    expect(changed).toMatchObject({
      version: 2,
      metToday: "FULLY",
      sourceOrganisationType: "PHARMACY",
      sourceOrganisationId: null,
    });
    const [event] = await (
      await getPrisma()
    ).auditEvent.findMany({ where: { entityId: need.id, action: "data_need.updated" } });
    expect(event).toMatchObject({
      before: { metToday: "PARTLY", version: 1 },
      after: { metToday: "FULLY", version: 2 },
    });
  });

  it("refuses a change made on a stale version with a conflict, changing nothing", async () => {
    const need = await createDataNeed(await getPrisma(), organisationA, {
      dataCategoryId: categoryId,
    });
    await updateDataNeed(lead(), organisationA, need.id, 1, input({ teamOrRole: "First" }));
    const before = await needsOf(organisationA);
    const events = await needEventCount();

    await expect(
      updateDataNeed(
        adminOf(organisationA),
        organisationA,
        need.id,
        1,
        input({ teamOrRole: "Second" }),
      ),
    ).rejects.toSatisfy(
      (error: AppError) =>
        error.code === "CONFLICT" &&
        error.message.startsWith("Someone changed this data need since you opened it"),
    );

    expect(await needsOf(organisationA)).toEqual(before);
    expect(before[0]).toMatchObject({ teamOrRole: "First", version: 2 });
    expect(await needEventCount()).toBe(events);
  });

  it("refuses another organisation's admin and members, changing nothing", async () => {
    const need = await createDataNeed(await getPrisma(), organisationA, {
      dataCategoryId: categoryId,
    });
    const before = await needsOf(organisationA);
    for (const who of [memberOf(organisationA), adminOf(organisationB)]) {
      await expect(updateDataNeed(who, organisationA, need.id, 1, input())).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    // Through B's own address, A's need is not found.
    await expect(
      updateDataNeed(adminOf(organisationB), organisationB, need.id, 1, input()),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDataNeed(adminOf(organisationB), organisationB, need.id)).resolves.toBeNull();
    expect(await needsOf(organisationA)).toEqual(before);
  });
});

describe("removing a data need", () => {
  it("lets the admin remove it, the audit keeping what it was", async () => {
    const need = await createDataNeed(await getPrisma(), organisationA, {
      dataCategoryId: categoryId,
    });
    await removeDataNeed(adminOf(organisationA), organisationA, need.id);
    expect(await needsOf(organisationA)).toEqual([]);
    const [event] = await (
      await getPrisma()
    ).auditEvent.findMany({ where: { entityId: need.id, action: "data_need.removed" } });
    expect(event?.before).toMatchObject({ teamOrRole: need.teamOrRole });
  });

  it("refuses members and other organisations' admins, removing nothing", async () => {
    const need = await createDataNeed(await getPrisma(), organisationA, {
      dataCategoryId: categoryId,
    });
    await expect(
      removeDataNeed(memberOf(organisationA), organisationA, need.id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      removeDataNeed(adminOf(organisationB), organisationB, need.id),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await needsOf(organisationA)).toHaveLength(1);
  });
});

describe("an organisation's needs and what others need from it", () => {
  it("lists its own needs to members, and what others need from it by organisation and by type", async () => {
    const prisma = await getPrisma();
    const careHome = await createOrganisation(prisma, { type: "CARE_HOME" });
    const archived = await createOrganisation(prisma, { type: "CARE_HOME" });
    const own = await createDataNeed(prisma, organisationB, { dataCategoryId: categoryId });
    const byName = await createDataNeed(prisma, organisationA, {
      dataCategoryId: categoryId,
      sourceOrganisationId: organisationB,
    });
    const byType = await createDataNeed(prisma, careHome.id, {
      dataCategoryId: categoryId,
      sourceOrganisationType: "ACUTE_TRUST",
    });
    await createDataNeed(prisma, careHome.id, {
      dataCategoryId: categoryId,
      sourceOrganisationType: "GP_PRACTICE",
    });
    await createDataNeed(prisma, archived.id, {
      dataCategoryId: categoryId,
      sourceOrganisationId: organisationB,
    });
    await setOrganisationArchived(lead(), archived.id, true);

    const result = await listOrganisationNeeds(
      memberOf(organisationB),
      organisationB,
      defaultQuery,
    );

    expect(result?.own.needs.map((need) => need.id)).toEqual([own.id]);
    expect(result?.canEdit).toBe(false);
    expect(result?.fromIt.needs.map((need) => need.id).sort()).toEqual(
      [byName.id, byType.id].sort(),
    );
    expect(result?.fromIt.needs.find((need) => need.id === byType.id)?.organisation.name).toBe(
      careHome.name,
    );
  });

  it("refuses an admin of another organisation", async () => {
    await expect(
      listOrganisationNeeds(adminOf(organisationA), organisationB, defaultQuery),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("pages and sorts its own needs", async () => {
    const prisma = await getPrisma();
    for (let index = 0; index < 27; index += 1) {
      await createDataNeed(prisma, organisationA, {
        dataCategoryId: categoryId,
        teamOrRole: `Team ${String(index).padStart(2, "0")}`,
      });
    }
    const query = organisationNeedsQuerySchema.parse({ sort: "team", order: "desc", page: "2" });
    const result = await listOrganisationNeeds(lead(), organisationA, query);
    expect(result?.own).toMatchObject({ total: 27, page: 2, pageCount: 2 });
    expect(result?.own.needs.map((need) => need.teamOrRole)).toEqual(["Team 01", "Team 00"]);
  });
});

describe("the coalition heatmap", () => {
  it("counts unmet and partly met needs by category and needing type, without archived organisations", async () => {
    const prisma = await getPrisma();
    const archived = await createOrganisation(prisma, { type: "CARE_HOME" });
    const need = (organisationId: string, metToday: "FULLY" | "PARTLY" | "NOT_AT_ALL") =>
      createDataNeed(prisma, organisationId, { dataCategoryId: categoryId, metToday });
    await need(organisationA, "PARTLY");
    await need(organisationA, "NOT_AT_ALL");
    await need(organisationA, "FULLY");
    await need(organisationB, "NOT_AT_ALL");
    await need(archived.id, "NOT_AT_ALL");
    await setOrganisationArchived(lead(), archived.id, true);

    const heatmap = await getCoalitionHeatmap(platformAdmin(), {});

    expect(heatmap.cells.get(cellKey(categoryId, "CARE_HOME"))).toEqual({
      notMet: 1,
      partlyMet: 1,
      total: 2,
    });
    expect(heatmap.cells.get(cellKey(categoryId, "ACUTE_TRUST"))?.total).toBe(1);
    expect(heatmap.rowTotals.get(categoryId)).toBe(3);
    expect(heatmap.categories.map((category) => category.id)).toContain(categoryId);
    const columnSum = [...heatmap.cells.entries()]
      .filter(([key]) => key.endsWith("|CARE_HOME"))
      .reduce((sum, [, count]) => sum + count.total, 0);
    expect(heatmap.columnTotals.get("CARE_HOME")).toBe(columnSum);
    expect(heatmap.total).toBe([...heatmap.rowTotals.values()].reduce((a, b) => a + b, 0));
  });

  it("filters by the needing organisation's place and by pathway", async () => {
    const prisma = await getPrisma();
    const place = await createPlace(prisma);
    const inPlace = await createOrganisation(prisma, { type: "HOSPICE", placeId: place.id });
    const elsewhere = await createOrganisation(prisma, { type: "HOSPICE" });
    const { pathwayId, stepId } = await createPathwayStep(prisma);
    await createDataNeed(prisma, inPlace.id, { dataCategoryId: categoryId, pathwayStepId: stepId });
    await createDataNeed(prisma, inPlace.id, { dataCategoryId: categoryId });
    await createDataNeed(prisma, elsewhere.id, {
      dataCategoryId: categoryId,
      pathwayStepId: stepId,
    });
    const key = cellKey(categoryId, "HOSPICE");

    expect((await getCoalitionHeatmap(lead(), {})).cells.get(key)?.total).toBe(3);
    const byPlace = await getCoalitionHeatmap(lead(), { place: place.id });
    expect(byPlace.cells.get(key)?.total).toBe(2);
    expect(byPlace.total).toBe(2);
    expect((await getCoalitionHeatmap(lead(), { pathway: pathwayId })).cells.get(key)?.total).toBe(
      2,
    );
    const both = await getCoalitionHeatmap(lead(), { place: place.id, pathway: pathwayId });
    expect(both.total).toBe(1);

    const drill = await listCoalitionNeeds(lead(), {
      category: categoryId,
      type: "HOSPICE",
      place: place.id,
      page: 1,
    });
    expect(drill.total).toBe(2);
    expect(drill.needs.every((need) => need.organisation.id === inPlace.id)).toBe(true);
  });

  it("lists a cell's needs the most important first, then not met before partly met, then by name", async () => {
    const prisma = await getPrisma();
    const place = await createPlace(prisma);
    const named = (name: string) =>
      createOrganisation(prisma, { name, type: "PHARMACY", placeId: place.id });
    const [alder, birch, cedar] = [
      await named("Alder"),
      await named("Birch"),
      await named("Cedar"),
    ];
    const { stepId } = await createPathwayStep(prisma, "Medicines at discharge");
    const need = (organisationId: string, importance: string, metToday: string) =>
      createDataNeed(prisma, organisationId, {
        dataCategoryId: categoryId,
        importance: importance as "ESSENTIAL",
        metToday: metToday as "PARTLY",
        pathwayStepId: stepId,
      });
    await need(alder.id, "NICE_TO_HAVE", "NOT_AT_ALL");
    await need(birch.id, "ESSENTIAL", "PARTLY");
    await need(cedar.id, "ESSENTIAL", "NOT_AT_ALL");
    await need(alder.id, "ESSENTIAL", "NOT_AT_ALL");
    await need(cedar.id, "ESSENTIAL", "FULLY");

    const listed = await listCoalitionNeeds(lead(), { type: "PHARMACY", place: place.id, page: 1 });

    expect(
      listed.needs.map((row) => [row.organisation.name, row.importance, row.metToday]),
    ).toEqual([
      ["Alder", "ESSENTIAL", "NOT_AT_ALL"],
      ["Cedar", "ESSENTIAL", "NOT_AT_ALL"],
      ["Birch", "ESSENTIAL", "PARTLY"],
      ["Alder", "NICE_TO_HAVE", "NOT_AT_ALL"],
    ]);
    // The count (Prisma's where-clause) and the page (the SQL one) apply the same filters.
    expect(listed.total).toBe(listed.needs.length);
    expect(listed.needs[0]).toMatchObject({
      dataCategory: { id: categoryId },
      organisation: { id: alder.id, type: "PHARMACY" },
      sourceOrganisation: null,
      pathwayStep: { pathway: { name: "Medicines at discharge", status: "DRAFT" } },
    });
  });

  it("pages through a cell in that order, across importance and how far needs are met", async () => {
    const prisma = await getPrisma();
    const place = await createPlace(prisma);
    const organisations = await Promise.all(
      ["Oak", "Elm", "Ash"].map((name) =>
        createOrganisation(prisma, { name, type: "PHARMACY", placeId: place.id }),
      ),
    );
    const importances = ["NICE_TO_HAVE", "ESSENTIAL", "IMPORTANT"] as const;
    const mets = ["PARTLY", "NOT_AT_ALL"] as const;
    // Twelve needs each: more than a page in all, spread over every group.
    for (const [index, organisation] of organisations.entries()) {
      for (let n = 0; n < 12; n += 1) {
        await createDataNeed(prisma, organisation.id, {
          dataCategoryId: categoryId,
          importance: importances[(n + index) % 3],
          metToday: mets[n % 2],
        });
      }
    }
    const query = { type: "PHARMACY" as const, place: place.id };
    const first = await listCoalitionNeeds(lead(), { ...query, page: 1 });
    const second = await listCoalitionNeeds(lead(), { ...query, page: 2 });
    expect(first.total).toBe(36);
    expect(first.needs).toHaveLength(DATA_NEEDS_PAGE_SIZE);
    expect(second.needs).toHaveLength(36 - DATA_NEEDS_PAGE_SIZE);

    const rank = (row: (typeof first.needs)[number]) => [
      ["ESSENTIAL", "IMPORTANT", "NICE_TO_HAVE"].indexOf(row.importance),
      ["NOT_AT_ALL", "PARTLY"].indexOf(row.metToday),
    ];
    const shown = [...first.needs, ...second.needs];
    const sorted = [...shown].sort((a, b) => {
      const [ai, am] = rank(a) as [number, number];
      const [bi, bm] = rank(b) as [number, number];
      return (
        ai - bi ||
        am - bm ||
        a.organisation.name.localeCompare(b.organisation.name) ||
        (a.id < b.id ? -1 : 1)
      );
    });
    expect(new Set(shown.map((row) => row.id)).size).toBe(36);
    expect(shown.map((row) => row.id)).toEqual(sorted.map((row) => row.id));
  });

  it("is for leads only", async () => {
    for (const who of [adminOf(organisationA), memberOf(organisationA)]) {
      await expect(getCoalitionHeatmap(who, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listCoalitionNeeds(who, { page: 1 })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(exportDataNeedsCsv(who, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("the CSV export", () => {
  it("exports every need with the filters, escaping cells that a spreadsheet would run", async () => {
    const prisma = await getPrisma();
    const place = await createPlace(prisma);
    const needing = await createOrganisation(prisma, {
      type: "CARE_HOME",
      placeId: place.id,
      name: "@Larch House",
    });
    await createDataNeed(prisma, needing.id, {
      dataCategoryId: categoryId,
      teamOrRole: '=HYPERLINK("http://evil.example","click")',
      purpose: "+1 for the ward, then -2",
      metToday: "FULLY",
      sourceOrganisationId: organisationB,
    });
    await createDataNeed(prisma, organisationA, { dataCategoryId: categoryId });

    const csv = await exportDataNeedsCsv(lead(), { place: place.id });

    const records: string[][] = parse(csv, { bom: true });
    const [headings, ...rows] = records;
    expect(headings?.[0]).toBe("Organisation");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(0, 3)).toEqual([
      "'@Larch House",
      "Care home",
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
    expect(rows[0]).toContain("'+1 for the ward, then -2");
    expect(rows[0]).toContain("Fully met");
  });
});

describe("the coalition view's filters", () => {
  it("show a new or renamed place, pathway and kind of data at once", async () => {
    const prisma = await getPrisma();
    await listCoalitionFilterOptions(lead());
    const place = await prisma.place.create({ data: { name: "Filterton" } });
    const { pathwayId } = await createPathwayStep(prisma, "Filter pathway");
    const category = await prisma.dataCategory.create({ data: { name: "Filter data" } });
    const after = await listCoalitionFilterOptions(lead());
    expect(after.places?.map(({ name }) => name)).toContain("Filterton");
    expect(after.pathways?.find(({ id }) => id === pathwayId)?.name).toBe("Filter pathway (draft)");
    expect(after.categories.map(({ name }) => name)).toContain("Filter data");

    // Each rename on its own, as each raises a different change counter.
    await prisma.place.update({ where: { id: place.id }, data: { name: "Filterton Vale" } });
    const places = (await listCoalitionFilterOptions(lead())).places?.map(({ name }) => name);
    expect(places).toContain("Filterton Vale");
    await prisma.pathway.update({ where: { id: pathwayId }, data: { name: "Renamed pathway" } });
    const pathways = (await listCoalitionFilterOptions(lead())).pathways;
    expect(pathways?.find(({ id }) => id === pathwayId)?.name).toBe("Renamed pathway (draft)");
    await prisma.dataCategory.update({
      where: { id: category.id },
      data: { name: "Renamed data" },
    });
    const categories = (await listCoalitionFilterOptions(lead())).categories;
    expect(categories.map(({ name }) => name)).toContain("Renamed data");
  });

  it("list the pathways while they are few; beyond, name the one chosen through a link", async () => {
    const prisma = await getPrisma();
    const { pathwayId, stepId } = await createPathwayStep(prisma, "Discharge to assess");
    await createDataNeed(prisma, organisationA, {
      dataCategoryId: categoryId,
      pathwayStepId: stepId,
    });
    const few = await listCoalitionFilterOptions(lead(), { pathway: pathwayId });
    expect(few.pathways?.map(({ id }) => id)).toContain(pathwayId);
    expect(few.chosenPathway).toBeNull();

    await prisma.pathway.createMany({
      data: Array.from({ length: FILTER_CHOICES_MAX }, (_, index) => ({
        name: `Pathway ${index}`,
        population: "Adults",
        purpose: "Sharing",
      })),
    });
    const many = await listCoalitionFilterOptions(lead(), { pathway: pathwayId });
    expect(many.pathways).toBeNull();
    expect(many.chosenPathway).toBe("Discharge to assess (draft)");
    expect(many.places).not.toBeNull();
    expect((await listCoalitionFilterOptions(lead())).chosenPathway).toBeNull();
    // The chosen pathway still filters.
    const heatmap = await getCoalitionHeatmap(lead(), { pathway: pathwayId });
    expect(heatmap.total).toBe(1);
  });
});
