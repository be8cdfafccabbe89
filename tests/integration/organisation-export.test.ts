import { randomBytes } from "node:crypto";

import { beforeEach, describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { parseOrganisationCsv } from "@/lib/organisations/csv-file";
import { exportOrganisationsCsv } from "@/lib/organisations/export-organisations";
import { previewOrganisationImport } from "@/lib/organisations/import-organisations";
import { directoryQuerySchema } from "@/lib/organisations/schemas";

import { lead, memberOf } from "../support/actors";
import { createOrganisation, createPlace } from "../support/factories";

const tag = () => randomBytes(4).toString("hex");
const query = (params: Record<string, string>) => directoryQuerySchema.parse(params);

let placeId: string;
let placeName: string;
let marker: string;

beforeEach(async () => {
  const place = await createPlace(await getPrisma());
  placeId = place.id;
  placeName = place.name;
  marker = tag();
});

const namesIn = (csv: string) => parseOrganisationCsv(csv).rows.map((row) => row.cells.name);

describe("exporting the directory", () => {
  it("writes every matching organisation in the import's columns, with the words people read", async () => {
    const prisma = await getPrisma();
    const organisation = await createOrganisation(prisma, {
      placeId,
      name: `Alder Practice ${marker}`,
      type: "GP_PRACTICE",
    });
    await prisma.organisation.update({
      where: { id: organisation.id },
      data: {
        engagementCurrent: "LEADING",
        postcode: "EL1 1AA",
        address: "1 High Street, Northmoor",
        website: "https://alder.example",
        sizeBand: "FROM_10_TO_49",
      },
    });
    const csv = await exportOrganisationsCsv(memberOf(organisation.id), query({ q: marker }));

    expect(csv).toBe(
      '\uFEFF"ODS code","Name","Type","Place","Engagement","Address","Postcode","Website","Size"\r\n' +
        `"${organisation.odsCode ?? ""}","Alder Practice ${marker}","GP practice","${placeName}","Leading",` +
        '"1 High Street, Northmoor","EL1 1AA","https://alder.example","10 to 49 staff"\r\n',
    );
  });

  it("escapes cells a spreadsheet would run as formulas", async () => {
    const prisma = await getPrisma();
    const payloads = [
      `=HYPERLINK("https://evil.example","${marker}")`,
      `@SUM(1+1) ${marker}`,
      `+cmd ${marker}`,
      `-2+3 ${marker}`,
    ];
    for (const name of payloads) await createOrganisation(prisma, { placeId, name });
    await createOrganisation(prisma, { placeId, name: `Tab ${marker}`, odsCode: null });
    await prisma.organisation.updateMany({
      where: { name: `Tab ${marker}` },
      data: { address: "\t=1+1" },
    });

    const csv = await exportOrganisationsCsv(lead(), query({ place: placeId }));
    expect(parseOrganisationCsv(csv).rows).toHaveLength(5);
    // Every cell that starts like a formula is written with an apostrophe before it.
    for (const cell of csv.split(/",|\r\n/))
      expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""${marker}"")"`);
    expect(csv).toContain(`'@SUM(1+1) ${marker}`);
    expect(csv).toContain(`'+cmd ${marker}`);
    expect(csv).toContain(`'-2+3 ${marker}`);
    expect(csv).toContain('"\'\t=1+1"');
  });

  it("honours the search and filters, across every page, in the directory's order", async () => {
    const prisma = await getPrisma();
    for (let index = 0; index < 30; index += 1) {
      await createOrganisation(prisma, {
        placeId,
        name: `Home ${String(index).padStart(2, "0")} ${marker}`,
        type: "CARE_HOME",
      });
    }
    await createOrganisation(prisma, { placeId, name: `Pharmacy ${marker}`, type: "PHARMACY" });
    const elsewhere = await createPlace(prisma);
    await createOrganisation(prisma, {
      placeId: elsewhere.id,
      name: `Away ${marker}`,
      type: "CARE_HOME",
    });

    const homes = namesIn(
      await exportOrganisationsCsv(
        lead(),
        query({ q: marker, type: "CARE_HOME", place: placeId, order: "desc", page: "2" }),
      ),
    );
    expect(homes).toHaveLength(30);
    expect(homes[0]).toBe(`Home 29 ${marker}`);
    expect(homes.at(-1)).toBe(`Home 00 ${marker}`);
    expect(
      namesIn(await exportOrganisationsCsv(lead(), query({ q: marker, type: "PHARMACY" }))),
    ).toEqual([`Pharmacy ${marker}`]);
  });

  it("leaves out archived organisations", async () => {
    const prisma = await getPrisma();
    const archived = await createOrganisation(prisma, { placeId, name: `Gone ${marker}` });
    await createOrganisation(prisma, { placeId, name: `Here ${marker}` });
    await prisma.organisation.update({
      where: { id: archived.id },
      data: { archivedAt: new Date() },
    });
    expect(namesIn(await exportOrganisationsCsv(lead(), query({ q: marker })))).toEqual([
      `Here ${marker}`,
    ]);
  });

  it("round-trips: an exported file imports again with every row unchanged", async () => {
    const prisma = await getPrisma();
    const names = [`Plain ${marker}`, `=SUM(1) ${marker}`, `Quote "q", comma ${marker}`];
    for (const name of names) await createOrganisation(prisma, { placeId, name, type: "HOSPICE" });
    await createOrganisation(prisma, { placeId, name: `No Code ${marker}`, odsCode: null });
    const filled = await createOrganisation(prisma, { placeId, name: `Full ${marker}` });
    await prisma.organisation.update({
      where: { id: filled.id },
      data: {
        address: "@Home, 2 Mill Lane\nNorthmoor",
        postcode: "EL2 2BB",
        website: "https://full.example",
        sizeBand: "FROM_1000",
        engagementCurrent: "SUPPORTIVE",
      },
    });

    const csv = await exportOrganisationsCsv(lead(), query({ place: placeId }));
    const shown = await previewOrganisationImport(lead(), new Blob([csv]));
    expect(shown.rows).toHaveLength(5);
    expect(shown.counts).toEqual({ create: 0, update: 0, unchanged: 5, error: 0 });
  });
});
