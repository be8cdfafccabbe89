import { randomBytes } from "node:crypto";

import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type * as AuditModule from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  applyOrganisationImport,
  previewOrganisationImport,
} from "@/lib/organisations/import-organisations";

import { adminOf, lead, memberOf, platformAdmin } from "../support/actors";
import { createOrganisation, createPlace, createUser } from "../support/factories";
import { asActor } from "../support/people-factories";

// Lets a test make the import fail after its writes, before it commits.
const failing = vi.hoisted(() => ({ summary: false }));
vi.mock("@/lib/audit/record-audit-event", async (importActual) => {
  const actual = await importActual<typeof AuditModule>();
  return {
    ...actual,
    recordAuditEvent: (...args: Parameters<typeof actual.recordAuditEvent>) => {
      if (failing.summary && args[2].action === "organisation.imported") {
        return Promise.reject(new Error("the database went away"));
      }
      return actual.recordAuditEvent(...args);
    },
  };
});

const code = () => `Q${randomBytes(3).toString("hex").slice(0, 5).toUpperCase()}`;
const fileOf = (text: string) => new Blob([text], { type: "text/csv" });

let placeName: string;
let placeId: string;
// A lead with an account: the engagement history names whoever imported a level.
let importer: Actor;

beforeAll(async () => {
  importer = asActor(await createUser(await getPrisma(), { role: "PROGRAMME_LEAD" }));
});

beforeEach(async () => {
  failing.summary = false;
  const place = await createPlace(await getPrisma());
  placeName = place.name;
  placeId = place.id;
});

async function preview(text: string, who: Actor = importer) {
  return previewOrganisationImport(who, fileOf(text));
}

async function importFile(text: string, who: Actor = importer) {
  const shown = await preview(text, who);
  const outcome = await applyOrganisationImport(
    who,
    { csv: shown.csv, fingerprint: shown.fingerprint },
    { requestId: `import-${randomBytes(4).toString("hex")}` },
  );
  if (!("imported" in outcome)) throw new Error("the directory changed since the preview");
  return { shown, result: outcome.imported };
}

const outcomes = (shown: Awaited<ReturnType<typeof preview>>) =>
  shown.rows.map((row) => [row.row, row.outcome]);

const byCode = async (odsCode: string) =>
  (await getPrisma()).organisation.findMany({ where: { odsCode } });

describe("previewing an import", () => {
  it("shows what each row would do, writing nothing", async () => {
    const existing = await createOrganisation(await getPrisma(), { placeId, type: "CARE_HOME" });
    const [a, b] = [code(), code()];
    const text = [
      "ODS code,Name,Type,Place,Postcode",
      `${a},Brook House,Care home,${placeName},EL1 1AA`,
      `${existing.odsCode ?? ""},${existing.name},Care home,${placeName},`,
      `${existing.odsCode ?? ""}x,,Spaceship,Nowhere,ZZZ`,
      `${b},Renamed,Care home,${placeName},EL1 1AB`,
    ].join("\n");
    const before = await (await getPrisma()).organisation.count();
    const shown = await preview(text);

    expect(outcomes(shown)).toEqual([
      [2, "create"],
      [3, "unchanged"],
      [4, "error"],
      [5, "create"],
    ]);
    expect(shown.counts).toEqual({ create: 2, update: 0, unchanged: 1, error: 1 });
    expect(shown.rows[2]?.errors).toEqual([
      { column: "ODS code", message: "ODS code must be 6 characters or fewer" },
      { column: "Name", message: "Enter the organisation's name" },
      {
        column: "Type",
        message: expect.stringMatching(
          /^"Spaceship" is not a type of organisation we know/,
        ) as string,
      },
      {
        column: "Place",
        message: 'There is no place called "Nowhere": add it on the Places page first',
      },
      { column: "Postcode", message: "Enter a real postcode, like LS1 4AP" },
    ]);
    expect(await (await getPrisma()).organisation.count()).toBe(before);
  });

  it("reports each bad row: ODS code format, unknown type, missing name, duplicate code, over-long fields", async () => {
    const dup = code();
    const text = [
      "Organisation code,Organisation name,Role,Locality,Address line 1",
      `AB-1,Bad Code,GP practice,${placeName},`,
      `${code()},Unknown Type,Dentist,${placeName},`,
      `${code()},,GP practice,${placeName},`,
      `${dup},First,GP practice,${placeName},`,
      `${dup},Second,GP practice,${placeName},`,
      `${code()},${"N".repeat(201)},GP practice,${placeName},`,
      `${code()},Long Address,GP practice,${placeName},${"a".repeat(301)}`,
      `${code()},Good One,GP practice,${placeName},1 High Street`,
    ].join("\r\n");
    const shown = await preview(text);
    const messages = shown.rows.map((row) => row.errors?.map((error) => error.message) ?? []);
    expect(messages).toEqual([
      ["ODS code must be 3 to 6 letters and numbers, like ZZR01"],
      [expect.stringMatching(/^"Dentist" is not a type of organisation we know/)],
      ["Enter the organisation's name"],
      [`ODS code ${dup} is also on row 6: keep one of them`],
      [`ODS code ${dup} is also on row 5: keep one of them`],
      ["Name must be 200 characters or fewer"],
      ["Address must be 300 characters or fewer"],
      [],
    ]);
    expect(shown.rows.at(-1)?.outcome).toBe("create");
  });

  it("refuses files it cannot read as a whole, with a reason against the file", async () => {
    const refusal = async (file: Blob) => {
      const error = await previewOrganisationImport(lead(), file).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).fieldErrors?.file?.[0];
    };
    // Latin-1 text, binary garbage, an empty upload, too big, no Name column.
    expect(await refusal(new Blob([new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9])]))).toMatch(
      /UTF-8/,
    );
    expect(await refusal(new Blob([randomBytes(512)]))).toMatch(/UTF-8|not text/);
    expect(await refusal(new Blob([]))).toBe("Select a CSV file");
    expect(await refusal(new Blob([new Uint8Array(2 * 1024 * 1024 + 1).fill(65)]))).toMatch(/2 MB/);
    expect(await refusal(fileOf("just,some,words\n1,2,3\n"))).toMatch(/no Name column/);
  });
});

describe("importing", () => {
  it("adds the valid rows, skips the others, and audits each organisation and the import", async () => {
    const [a, b] = [code(), code()];
    const text = [
      "ODS code,Name,Type,Place,Engagement,Postcode,Website,Size",
      `${a.toLowerCase()},Brook House,Care home,${placeName},Committed,el1 1aa,https://brook.example,10-49`,
      `${b},Westfield PCN,Primary care network,${placeName},,,,`,
      `AB-1,Broken,Care home,${placeName},,,,`,
    ].join("\n");
    const { result } = await importFile(text);
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 1 });

    const [brook] = await byCode(a);
    expect(brook).toMatchObject({
      name: "Brook House",
      type: "CARE_HOME",
      placeId,
      engagementCurrent: "SUPPORTIVE",
      postcode: "EL1 1AA",
      website: "https://brook.example",
      sizeBand: "FROM_10_TO_49",
    });
    expect(
      await (
        await getPrisma()
      ).engagementChange.findMany({
        where: { organisationId: brook!.id },
        select: { toCurrent: true, reason: true, changedById: true },
      }),
    ).toEqual([
      { toCurrent: "SUPPORTIVE", reason: "Imported from a CSV file", changedById: importer.userId },
    ]);
    expect(await (await getPrisma()).organisation.count({ where: { name: "Broken" } })).toBe(0);

    const prisma = await getPrisma();
    const created = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "organisation.created", entityId: brook!.id },
    });
    expect(created.after).toMatchObject({ name: "Brook House", odsCode: a });
    expect(created.actingOrganisationId).toBe(brook!.id);
    const summary = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "organisation.imported", requestId: created.requestId },
    });
    expect(summary.after).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 1, rows: 3 });
  });

  it("updates by ODS code on a second import and never duplicates", async () => {
    const a = code();
    const first = `ODS code,Name,Type,Place\n${a},Oak Surgery,GP practice,${placeName}\n`;
    await importFile(first);
    const again = await preview(first);
    expect(outcomes(again)).toEqual([[2, "unchanged"]]);

    const changed = `Code,Name,Type,Place,Postcode\n${a},Oak Surgery (Main),GP practice,${placeName},EL3 3CC\n`;
    const shown = await preview(changed);
    expect(shown.rows[0]).toMatchObject({
      outcome: "update",
      changes: [
        { column: "Name", before: "Oak Surgery", after: "Oak Surgery (Main)" },
        { column: "Postcode", before: "", after: "EL3 3CC" },
      ],
    });
    const { result } = await importFile(changed);
    expect(result).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 });

    const organisations = await byCode(a);
    expect(organisations).toHaveLength(1);
    expect(organisations[0]).toMatchObject({ name: "Oak Surgery (Main)", postcode: "EL3 3CC" });
    const update = await (
      await getPrisma()
    ).auditEvent.findFirstOrThrow({
      where: { action: "organisation.updated", entityId: organisations[0]!.id },
    });
    expect(update.before).toMatchObject({ name: "Oak Surgery", postcode: null });
    expect(update.after).toMatchObject({ name: "Oak Surgery (Main)", postcode: "EL3 3CC" });
  });

  it("shows each changed field's old and new value in the file's words, not codes", async () => {
    const prisma = await getPrisma();
    const other = await createPlace(prisma);
    const existing = await prisma.organisation.update({
      where: { id: (await createOrganisation(prisma, { placeId, type: "CARE_HOME" })).id },
      data: { engagementCurrent: "NEUTRAL" },
    });
    const text = [
      "ODS code,Name,Type,Place,Engagement,Size",
      `${existing.odsCode ?? ""},${existing.name},Hospice,${other.name},Sharing data,10-49`,
    ].join("\n");
    const shown = await preview(text);
    expect(shown.rows[0]?.changes).toEqual([
      { column: "Type", before: "Care home", after: "Hospice" },
      { column: "Place", before: placeName, after: other.name },
      { column: "Engagement", before: "Neutral", after: "Leading" },
      { column: "Size", before: "", after: "10 to 49 staff" },
    ]);
  });

  it("matches rows without an ODS code by name, and refuses those that would duplicate", async () => {
    const prisma = await getPrisma();
    const withCode = await createOrganisation(prisma, { placeId });
    const name = `Riverside Hospice ${code()}`;
    const text = [
      "Name,Type,Place",
      `${name},Hospice,${placeName}`,
      `${withCode.name},GP practice,${placeName}`,
    ].join("\n");
    await importFile(text);
    expect(await prisma.organisation.count({ where: { name } })).toBe(1);

    const again = await preview(text);
    expect(outcomes(again)).toEqual([
      [2, "unchanged"],
      [3, "error"],
    ]);
    expect(again.rows[1]?.errors?.[0]?.message).toBe(
      `${withCode.name} already has ODS code ${withCode.odsCode ?? ""}: add it to update that organisation`,
    );
    // Giving the code-less organisation a code must go through the directory, not a second copy.
    const shown = await preview(`Code,Name,Type,Place\n${code()},${name},Hospice,${placeName}\n`);
    expect(shown.rows[0]?.errors?.[0]?.message).toMatch(/is in the directory with no ODS code/);
    const twice = await preview(
      `Name,Type,Place\nNew Place X,Other,${placeName}\nnew place x,Other,${placeName}\n`,
    );
    expect(outcomes(twice)).toEqual([
      [2, "error"],
      [3, "error"],
    ]);
  });

  it("refuses ODS codes of archived organisations", async () => {
    const prisma = await getPrisma();
    const archived = await createOrganisation(prisma, { placeId });
    await prisma.organisation.update({
      where: { id: archived.id },
      data: { archivedAt: new Date() },
    });
    const shown = await preview(
      `Code,Name,Type,Place\n${archived.odsCode ?? ""},Back Again,Other,${placeName}\n`,
    );
    expect(shown.rows[0]?.errors?.[0]?.message).toMatch(/which is archived: restore it first/);
  });

  it("stores hostile cells as text, exactly", async () => {
    const [a, b, c, d] = [code(), code(), code(), code()];
    const payloads = [
      '=HYPERLINK("https://evil.example","Click me")',
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "+cmd|' /C notepad'!A0",
      '<script>alert("x")</script><img src=x onerror=alert(1)>',
    ];
    const text = [
      "ODS code,Name,Type,Place,Address",
      `${a},"${payloads[0]!.replace(/"/g, '""')}",Other,${placeName},-1+1`,
      `${b},"${payloads[1]!}",Other,${placeName},`,
      `${c},"${payloads[2]!}",Other,${placeName},`,
      `${d},"${payloads[3]!.replace(/"/g, '""')}",Other,${placeName},"\tTabbed"`,
    ].join("\n");
    const { result } = await importFile(text);
    expect(result.created).toBe(4);
    const stored = await Promise.all(
      [a, b, c, d].map(async (odsCode) => (await byCode(odsCode))[0]),
    );
    expect(stored.map((organisation) => organisation?.name)).toEqual(payloads);
    expect(stored[0]?.address).toBe("-1+1");
    expect(stored[3]?.address).toBe("Tabbed");
  });

  it("refuses a huge field as that row's error, showing only the start of it", async () => {
    const huge = "H".repeat(1_500_000);
    const shown = await preview(`ODS code,Name,Type,Place\n${code()},${huge},Other,${placeName}\n`);
    expect(shown.rows[0]).toMatchObject({
      outcome: "error",
      name: `${"H".repeat(80)}…`,
      errors: [{ column: "Name", message: "Name must be 200 characters or fewer" }],
    });
  });

  it("checks the file again at import time and trusts nothing else the browser sends", async () => {
    const a = code();
    const text = `ODS code,Name,Type,Place\n${a},Fine Lodge,Care home,${placeName}\n`;
    const shown = await preview(text);
    // A tampered file: the preview's fingerprint no longer matches, so nothing is imported.
    const tampered = text.replace("Fine Lodge", "Evil Lodge").replace("Care home", "Nope");
    const outcome = await applyOrganisationImport(lead(), {
      csv: tampered,
      fingerprint: shown.fingerprint,
    });
    expect(outcome).toHaveProperty("changed");
    if ("changed" in outcome) expect(outcomes(outcome.changed)).toEqual([[2, "error"]]);
    expect(await byCode(a)).toHaveLength(0);

    // The directory moved on between preview and import: the new preview comes back instead.
    await createOrganisation(await getPrisma(), { placeId, odsCode: a, name: "Fine Lodge" });
    const late = await applyOrganisationImport(lead(), {
      csv: text,
      fingerprint: shown.fingerprint,
    });
    expect(late).toHaveProperty("changed");
    expect(await byCode(a)).toHaveLength(1);
  });

  it("is all or nothing: a failure part-way leaves no organisation and no audit record", async () => {
    const [a, b] = [code(), code()];
    const existing = await createOrganisation(await getPrisma(), { placeId, type: "OTHER" });
    const text = [
      "ODS code,Name,Type,Place",
      `${a},One,Other,${placeName}`,
      `${b},Two,Other,${placeName}`,
      `${existing.odsCode ?? ""},Renamed,Other,${placeName}`,
    ].join("\n");
    const shown = await preview(text);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.count();
    failing.summary = true;

    await expect(
      applyOrganisationImport(lead(), { csv: shown.csv, fingerprint: shown.fingerprint }),
    ).rejects.toThrow("the database went away");

    expect(await byCode(a)).toHaveLength(0);
    expect(await byCode(b)).toHaveLength(0);
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe(
      existing.name,
    );
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it("lets only programme leads and platform admins preview or import", async () => {
    const organisation = await createOrganisation(await getPrisma(), { placeId });
    const a = code();
    const text = `ODS code,Name,Type,Place\n${a},Sneaky,Other,${placeName}\n`;
    for (const who of [memberOf(organisation.id), adminOf(organisation.id)]) {
      await expect(preview(text, who)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(
        applyOrganisationImport(who, { csv: text, fingerprint: "x" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await byCode(a)).toHaveLength(0);
    await importFile(text, platformAdmin());
    expect(await byCode(a)).toHaveLength(1);
  });
});
