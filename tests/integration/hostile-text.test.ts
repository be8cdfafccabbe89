import { beforeEach, describe, expect, it } from "vitest";

import { updateAccountDetails } from "@/lib/account/update-details";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditQuerySchema } from "@/lib/audit/schemas";
import type { Actor } from "@/lib/auth/actor";
import { addDataNeed } from "@/lib/data-needs/add-data-need";
import { getPrisma } from "@/lib/db/client";
import { toErrorBody } from "@/lib/errors";
import { invitePerson } from "@/lib/invitations/invite-person";
import { createFramework } from "@/lib/maturity/frameworks/create-framework";
import { addKeyContact } from "@/lib/organisations/add-key-contact";
import { addSystemInUse } from "@/lib/organisations/add-system-in-use";
import { createPlace } from "@/lib/organisations/create-place";
import { exportOrganisationsCsv } from "@/lib/organisations/export-organisations";
import {
  applyOrganisationImport,
  previewOrganisationImport,
} from "@/lib/organisations/import-organisations";
import { listOrganisations } from "@/lib/organisations/list-organisations";
import { directoryQuerySchema } from "@/lib/organisations/schemas";
import { addStep } from "@/lib/pathways/add-step";
import { createPathway } from "@/lib/pathways/create-pathway";
import { importPathwayJson } from "@/lib/pathways/import-pathway";
import { listPeople } from "@/lib/users/list-people";
import { peopleQuerySchema } from "@/lib/users/schemas";
import { UNSTORABLE_TEXT } from "@/lib/validation/text";

import { adminOf, lead, platformAdmin } from "../support/actors";
import { createOrganisation, createUser } from "../support/factories";
import { createDataCategory } from "../support/data-need-factories";
import { createLead } from "../support/pathway-factories";

// A NUL byte cannot be stored in PostgreSQL's text, and a lone surrogate is not UTF-8: both used
// to end in a server error. Every form, import and query parameter now refuses or drops them.
const HOSTILE = [
  ["a NUL byte", "Tendly\u0000 Ltd"],
  ["a lone surrogate", "Tendly \ud800Ltd"],
  ["an escape character", "Tendly \u001b[31mLtd"],
] as const;

let organisationId: string;

/** What the database holds that a refused write could have changed. */
async function rowCounts() {
  const prisma = await getPrisma();
  const [audit, systems, contacts, needs, places, invitations, pathways, steps, frameworks] =
    await Promise.all([
      prisma.auditEvent.count(),
      prisma.systemInUse.count(),
      prisma.keyContact.count(),
      prisma.dataNeed.count(),
      prisma.place.count(),
      prisma.invitation.count(),
      prisma.pathway.count(),
      prisma.pathwayStep.count(),
      prisma.maturityFramework.count(),
    ]);
  return { audit, systems, contacts, needs, places, invitations, pathways, steps, frameworks };
}

/** The write is refused as a VALIDATION error naming the field, and nothing changes. */
async function expectRefused(field: string, write: () => Promise<unknown>) {
  const before = await rowCounts();
  const thrown = await write().then(
    () => null,
    (error: unknown) => error,
  );
  expect(thrown, "the write was accepted").not.toBeNull();
  const { status, body } = toErrorBody(thrown, "test");
  expect(status).toBe(422);
  expect(body.error.code).toBe("VALIDATION");
  expect(body.error.fieldErrors?.[field]).toContain(UNSTORABLE_TEXT);
  expect(await rowCounts()).toEqual(before);
}

beforeEach(async () => {
  organisationId = (await createOrganisation(await getPrisma(), { type: "CARE_HOME" })).id;
});

describe.each(HOSTILE)("text with %s", (_what, hostile) => {
  const admin = () => adminOf(organisationId);

  it("is refused in a system in use", async () => {
    await expectRefused("supplier", () =>
      addSystemInUse(admin(), organisationId, {
        category: "CARE_HOME_RECORD",
        supplier: hostile,
        product: "Tendly Care",
        notes: null,
      }),
    );
    await expectRefused("notes", () =>
      addSystemInUse(admin(), organisationId, {
        category: "CARE_HOME_RECORD",
        supplier: "Tendly",
        product: "Tendly Care",
        notes: hostile,
      }),
    );
  });

  it("is refused in a key contact", async () => {
    await expectRefused("name", () =>
      addKeyContact(admin(), organisationId, { name: hostile, role: "Manager" }),
    );
    await expectRefused("phone", () =>
      addKeyContact(admin(), organisationId, { name: "Jo", role: "Manager", phone: hostile }),
    );
  });

  it("is refused in a data need", async () => {
    const category = await createDataCategory(await getPrisma());
    await expectRefused("purpose", () =>
      addDataNeed(admin(), organisationId, {
        teamOrRole: "Care team",
        dataCategoryId: category.id,
        source: "type:GP_PRACTICE",
        timeliness: "SAME_DAY",
        volumePerMonth: "",
        purpose: hostile,
        decision: "",
        importance: "ESSENTIAL",
        metToday: "NOT_AT_ALL",
        pathwayStepId: null,
      }),
    );
  });

  it("is refused in your account's details", async () => {
    const user = await createUser(await getPrisma(), { name: "Jo Walsh" });
    const me: Actor = {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: "USER",
      memberships: [],
    };
    await expectRefused("name", () => updateAccountDetails(me, { name: hostile, jobTitle: "" }));
    const after = await (await getPrisma()).user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.name).toBe("Jo Walsh");
  });

  it("is refused in an invitation", async () => {
    await expectRefused("name", () =>
      invitePerson(admin(), organisationId, {
        email: "new.person@example.org",
        name: hostile,
        role: "MEMBER",
      }),
    );
  });

  it("is refused in a place, a pathway, a step and a framework", async () => {
    const author = await createLead(await getPrisma());
    await expectRefused("name", () => createPlace(author, { name: hostile }));
    await expectRefused("purpose", () =>
      createPathway(author, { name: "Discharge", population: "Adults", purpose: hostile }),
    );
    const { id } = await createPathway(author, {
      name: "Discharge",
      population: "Adults",
      purpose: "Home safely",
    });
    await expectRefused("name", () =>
      addStep(author, id, { name: hostile, lane: "type:GP_PRACTICE", performerRole: "GP" }),
    );
    await expectRefused("name", () =>
      createFramework(author, { name: hostile, description: "How ready" }),
    );
  });

  it("is refused in an imported pathway file, and nothing is imported", async () => {
    const before = await rowCounts();
    const file = {
      format: "coalition-pathway",
      version: 1,
      pathway: { name: hostile, population: "Adults", purpose: "Home safely" },
      lanes: [],
      steps: [],
      flows: [],
    };
    const thrown = await importPathwayJson(lead(), JSON.stringify(file)).then(
      () => null,
      (error: unknown) => error,
    );
    const { status, body } = toErrorBody(thrown, "test");
    expect(status).toBe(422);
    expect(body.error.code).toBe("VALIDATION");
    expect(await rowCounts()).toEqual(before);
  });

  it("never reaches the organisations from a CSV file or the text sent back to import it", async () => {
    const csv = `Name,Type,Place\n${hostile},GP practice,Nowhere\n`;
    // An uploaded file is UTF-8: a lone surrogate arrives as U+FFFD, control characters are refused.
    const preview = await previewOrganisationImport(lead(), new Blob([csv])).catch(
      (error: unknown) => toErrorBody(error, "test").body.error,
    );
    expect(JSON.stringify(preview)).not.toMatch(/\\u0000|\\ud800|\\u001b/);
    const before = await rowCounts();
    const organisations = await (await getPrisma()).organisation.count();
    const thrown = await applyOrganisationImport(lead(), { csv, fingerprint: "x" }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(toErrorBody(thrown, "test").body.error.code).toBe("VALIDATION");
    expect(await rowCounts()).toEqual(before);
    expect(await (await getPrisma()).organisation.count()).toBe(organisations);
  });

  it("is dropped from searches, which show everything instead", async () => {
    const directory = directoryQuerySchema.parse({ q: hostile });
    expect(directory.q).toBeUndefined();
    await expect(listOrganisations(lead(), directory)).resolves.toBeDefined();
    await expect(exportOrganisationsCsv(lead(), directory)).resolves.toContain("Name");

    const people = peopleQuerySchema.parse({ q: hostile });
    expect(people.q).toBeUndefined();
    await expect(listPeople(platformAdmin(), people)).resolves.toBeDefined();

    const audit = auditQuerySchema.parse({ actor: hostile, entityId: hostile, action: hostile });
    expect(audit).toMatchObject({ actor: undefined, entityId: undefined, action: undefined });
    await expect(listAuditEvents(platformAdmin(), audit)).resolves.toBeDefined();
  });
});

describe("text the rule lets through", () => {
  it("keeps tabs, line breaks and whole emoji in multi-line text", async () => {
    const admin = adminOf(organisationId);
    const notes = "Line one\n\tLine two 🏥 ñ";
    const { id } = await addSystemInUse(admin, organisationId, {
      category: "CARE_HOME_RECORD",
      supplier: "Tendly",
      product: "Tendly Care",
      notes,
    });
    const stored = await (await getPrisma()).systemInUse.findUniqueOrThrow({ where: { id } });
    expect(stored.notes).toBe(notes);
  });
});
