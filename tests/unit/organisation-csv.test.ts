import { describe, expect, it } from "vitest";

import { AppError } from "@/lib/errors";
import {
  columnMeaning,
  mapEngagementLevel,
  mapOrganisationType,
  mapSizeBand,
} from "@/lib/organisations/csv-columns";
import { escapeFormula, unescapeFormula } from "@/lib/csv/escape-formula";
import {
  type CsvRecord,
  decodeCsvText,
  MAX_IMPORT_ROWS,
  parseOrganisationCsv,
  writeOrganisationCsv,
} from "@/lib/organisations/csv-file";
import { checkImportRow } from "@/lib/organisations/import-row";

const PLACE_ID = "6f1c2b1e-3a4d-4e5f-8a9b-0c1d2e3f4a5b";
const places = new Map([["riverside", { id: PLACE_ID, name: "Riverside" }]]);

function fileErrorOf(attempt: () => unknown): string {
  try {
    attempt();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).fieldErrors?.file?.[0] ?? "";
  }
  throw new Error("expected the file to be refused");
}

describe("reading an organisation CSV", () => {
  it("reads headings in any case, by their aliases, with a BOM, CRLF and quoted fields", () => {
    const text =
      "\uFEFFOrganisation Code,ORGANISATION NAME,Primary Role Description,Locality,Post Code\r\n" +
      'zzr01,"Elm Hospital, Main Site",Acute trust,Riverside,el1 1aa\r\n' +
      '"Y1234","The ""Quoted"" Practice",GP PRACTICE,riverside,"EL2\r\n2BB"\r\n';
    const content = parseOrganisationCsv(text);
    expect(content.fields).toEqual(["odsCode", "name", "type", "place", "postcode"]);
    expect(content.rows).toEqual([
      {
        row: 2,
        cells: {
          odsCode: "zzr01",
          name: "Elm Hospital, Main Site",
          type: "Acute trust",
          place: "Riverside",
          postcode: "el1 1aa",
        },
      },
      {
        row: 3,
        cells: {
          odsCode: "Y1234",
          name: 'The "Quoted" Practice',
          type: "GP PRACTICE",
          place: "riverside",
          postcode: "EL2\r\n2BB",
        },
      },
    ]);
  });

  it("joins address lines, town and county into one address, and lists ignored columns", () => {
    const content = parseOrganisationCsv(
      "Name,County,Address line 2,Town,Address line 1,Status,Open date\n" +
        "Oak Lodge,Elmshire,Mill Lane,Northmoor,2 The Green,Active,2001-01-01\n",
    );
    expect(content.rows[0]?.cells.address).toBe("2 The Green, Mill Lane, Northmoor, Elmshire");
    expect(content.ignoredColumns).toEqual(["Status", "Open date"]);
  });

  it("skips blank lines but keeps spreadsheet row numbers", () => {
    const content = parseOrganisationCsv("Name\nA\n\n,\nB\n");
    expect(content.rows.map((row) => [row.row, row.cells.name])).toEqual([
      [2, "A"],
      [5, "B"],
    ]);
  });

  it("takes out the apostrophe the export puts before formula-like cells", () => {
    const content = parseOrganisationCsv("Name,Address\n'=HYPERLINK(1),'@SUM\n'Tis a name,x\n");
    expect(content.rows.map((row) => row.cells)).toEqual([
      { name: "=HYPERLINK(1)", address: "@SUM" },
      { name: "'Tis a name", address: "x" },
    ]);
  });

  it("refuses files it cannot read, saying why", () => {
    expect(fileErrorOf(() => parseOrganisationCsv(""))).toMatch(/file is empty/);
    expect(fileErrorOf(() => parseOrganisationCsv("Code,Type\nA1,GP\n"))).toMatch(/no Name column/);
    expect(fileErrorOf(() => parseOrganisationCsv("Name,Organisation name\nA,B\n"))).toMatch(
      /Two columns give the Name/,
    );
    expect(fileErrorOf(() => parseOrganisationCsv('Name\n"unclosed\n'))).toMatch(/not valid CSV/);
    const tooMany = `Name\n${"x\n".repeat(MAX_IMPORT_ROWS + 1)}`;
    expect(fileErrorOf(() => parseOrganisationCsv(tooMany))).toMatch(/more than 5,000 rows/);
    expect(parseOrganisationCsv(`Name\n${"x\n".repeat(MAX_IMPORT_ROWS)}`).rows).toHaveLength(
      MAX_IMPORT_ROWS,
    );
  });

  it("reads only UTF-8 text, within 2 MB, without control characters", () => {
    expect(decodeCsvText(new TextEncoder().encode("Name\nCafé\n"))).toBe("Name\nCafé\n");
    // "Café" in Windows-1252, and random binary.
    expect(fileErrorOf(() => decodeCsvText(new Uint8Array([0x4e, 0x0a, 0x43, 0xe9])))).toMatch(
      /UTF-8/,
    );
    expect(fileErrorOf(() => decodeCsvText(new Uint8Array([0x4e, 0x00, 0x41])))).toMatch(
      /not text/,
    );
    expect(fileErrorOf(() => decodeCsvText(new Uint8Array(2 * 1024 * 1024 + 1)))).toMatch(
      /2 MB or smaller/,
    );
    expect(fileErrorOf(() => decodeCsvText(new Uint8Array()))).toBe("Select a CSV file");
  });
});

describe("column headings", () => {
  it.each([
    ["ODS code", "odsCode"],
    ["organisation_code", "odsCode"],
    ["OrgId", "odsCode"],
    ["code", "odsCode"],
    ["Organisation name", "name"],
    ["Role", "type"],
    ["TYPE", "type"],
    ["Postcode", "postcode"],
    ["Size band", "sizeBand"],
    ["Engagement", "engagementCurrent"],
  ])("%s is the %s column", (heading, field) => {
    expect(columnMeaning(heading)).toEqual({ field });
  });

  it("ignores headings it does not know", () => {
    expect(columnMeaning("Open date")).toBeNull();
  });
});

describe("values", () => {
  it.each([
    ["GP practice", "GP_PRACTICE"],
    ["GP PRACTICE", "GP_PRACTICE"],
    ["gp_practice", "GP_PRACTICE"],
    ["PRIMARY CARE NETWORK", "PRIMARY_CARE_NETWORK"],
    ["Care home", "CARE_HOME"],
    ["Local authority", "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE"],
    ["Voluntary & community sector", "VOLUNTARY_AND_COMMUNITY_SECTOR"],
    ["  Ambulance trust ", "AMBULANCE_TRUST"],
  ])("type %s is %s", (cell, type) => {
    expect(mapOrganisationType(cell)).toEqual({ value: type });
  });

  it("refuses types that are unknown or could be more than one", () => {
    expect(mapOrganisationType("NHS TRUST")).toEqual({
      error:
        '"NHS TRUST" could be more than one type: use Acute trust, Community trust, Mental health trust or Ambulance trust',
    });
    expect(mapOrganisationType("Dentist")).toMatchObject({
      error: expect.stringMatching(/^"Dentist" is not a type of organisation we know/) as string,
    });
    expect(mapOrganisationType(" ")).toEqual({ error: "Enter the type of organisation" });
  });

  it("reads engagement and size by their labels and usual forms", () => {
    expect(mapEngagementLevel("Supportive")).toEqual({ value: "SUPPORTIVE" });
    // The old stages' names, in files from before, read as the levels they became.
    expect(mapEngagementLevel("Sharing data")).toEqual({ value: "LEADING" });
    expect(mapEngagementLevel("")).toEqual({ value: "UNAWARE" });
    expect(mapEngagementLevel("Keen")).toHaveProperty("error");
    expect(mapSizeBand("10 to 49 staff")).toEqual({ value: "FROM_10_TO_49" });
    expect(mapSizeBand("10-49")).toEqual({ value: "FROM_10_TO_49" });
    expect(mapSizeBand("1,000 staff or more")).toEqual({ value: "FROM_1000" });
    expect(mapSizeBand("1000+")).toEqual({ value: "FROM_1000" });
    expect(mapSizeBand("")).toEqual({ value: null });
    expect(mapSizeBand("huge")).toHaveProperty("error");
  });
});

describe("formula injection", () => {
  it.each(["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"])("escapes %j", (value) => {
    expect(escapeFormula(value)).toBe(`'${value}`);
    expect(unescapeFormula(escapeFormula(value))).toBe(value);
  });

  it("leaves other cells alone", () => {
    for (const value of ["Oak Lodge", "", "'quoted", "https://a.example", "a=b"]) {
      expect(escapeFormula(value)).toBe(value);
      expect(unescapeFormula(value)).toBe(value);
    }
  });

  it("writes every cell escaped and quoted, and reads back what it wrote", () => {
    const record: CsvRecord = {
      odsCode: "ZZR01",
      name: '=HYPERLINK("https://evil.example","Click")',
      type: "Acute trust",
      place: "Riverside",
      engagementCurrent: "Neutral",
      address: "@SUM(1+1), Mill Lane",
      postcode: "EL1 1AA",
      website: "",
      sizeBand: "+cmd",
    };
    const csv = writeOrganisationCsv([record]);
    expect(csv.startsWith('\uFEFF"ODS code","Name","Type","Place","Engagement","Address"')).toBe(
      true,
    );
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Click"")"`);
    expect(csv).toContain(`"'@SUM(1+1), Mill Lane"`);
    expect(csv).toContain(`"'+cmd"\r\n`);
    expect(csv).not.toMatch(/[,\n]"?[=+@-]/);
    expect(parseOrganisationCsv(csv).rows[0]?.cells).toEqual(record);
  });
});

describe("checking a row", () => {
  const cells = {
    odsCode: " zzr01 ",
    name: " Elm Hospital ",
    type: "Acute trust",
    place: "RIVERSIDE",
    engagementCurrent: "Neutral",
    address: "",
    postcode: "el1 1aa",
    website: "",
    sizeBand: "1,000 staff or more",
  };

  it("turns a good row into the details the organisation form would send", () => {
    expect(checkImportRow({ row: 2, cells }, { places, current: null })).toEqual({
      ok: true,
      details: {
        name: "Elm Hospital",
        odsCode: "ZZR01",
        type: "ACUTE_TRUST",
        placeId: PLACE_ID,
        engagementCurrent: "NEUTRAL",
        address: null,
        postcode: "EL1 1AA",
        website: null,
        sizeBand: "FROM_1000",
      },
    });
  });

  it("reports every bad field with the form's own messages", () => {
    const result = checkImportRow(
      {
        row: 2,
        cells: {
          ...cells,
          odsCode: "AB-1",
          name: "",
          type: "NHS TRUST",
          place: "Atlantis",
          postcode: "nowhere",
          website: "javascript:alert(1)",
          address: "x".repeat(301),
        },
      },
      { places, current: null },
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        odsCode: ["ODS code must be 3 to 6 letters and numbers, like ZZR01"],
        name: ["Enter the organisation's name"],
        type: [expect.stringContaining("could be more than one type") as string],
        place: ['There is no place called "Atlantis": add it on the Places page first'],
        postcode: ["Enter a real postcode, like LS1 4AP"],
        website: ["Enter a website address starting with https://"],
        address: ["Address must be 300 characters or fewer"],
      },
    });
  });

  it("needs a type and a place for a new organisation, and keeps an existing one's", () => {
    const partial = { row: 2, cells: { name: "Elm Hospital", postcode: "EL9 9ZZ" } };
    expect(checkImportRow(partial, { places, current: null })).toEqual({
      ok: false,
      errors: {
        type: ["Enter the type of organisation: the file has no Type column"],
        place: ["Enter the place: the file has no Place column"],
      },
    });
    const current = {
      name: "Elm Hospital",
      odsCode: "ZZR01",
      type: "ACUTE_TRUST" as const,
      placeId: PLACE_ID,
      engagementCurrent: "LEADING" as const,
      address: "1 High Street",
      postcode: "EL1 1AA",
      website: "https://elm.example",
      sizeBand: "FROM_1000" as const,
    };
    expect(checkImportRow(partial, { places, current })).toEqual({
      ok: true,
      details: { ...current, postcode: "EL9 9ZZ" },
    });
  });
});
