import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

import { escapeFormula } from "@/lib/csv/escape-formula";
import { flowsCsv, flowsCsvHeadings } from "@/lib/pathways/export/flows-csv";

import { sampleContent } from "../support/pathway-content";

/** The cells of a CSV file, after its byte order mark. */
const rowsOf = (csv: string): string[][] => parse(csv.replace(/^\uFEFF/, ""));

const readiness = new Map([
  [
    "f2",
    {
      status: "AT_RISK" as const,
      reasons: [
        {
          signal: "receiver",
          outcome: "risk" as const,
          reason: "Nobody has confirmed that the receiver can take the data in.",
        },
      ],
    },
  ],
]);

describe("the flows table as CSV", () => {
  it("has a row per flow, in words, with readiness and reasons", () => {
    const csv = flowsCsv(sampleContent(), readiness);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const [headings, ...rows] = rowsOf(csv);
    expect(headings).toEqual([...flowsCsvHeadings]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      "Pharmacy check",
      "Elmshire Hospital",
      "Welcome home",
      "Any care home",
      "Medications and medical devices; Person demographics",
      "Safe care",
      "Same day",
      "120",
      "API (such as FHIR)",
      "FHIR UK Core",
      "Partly digital",
      "Yes",
      "Not known",
      "At risk",
      "Nobody has confirmed that the receiver can take the data in.",
      "",
    ]);
    // A flow with no assessment leaves readiness blank rather than guessing.
    expect(rows[0]?.[13]).toBe("");
  });

  it("quotes every cell and keeps commas, quotes and line breaks inside cells", () => {
    const content = sampleContent();
    content.flows[0]!.purpose = 'Care, "safe"\nand sound';
    const csv = flowsCsv(content, readiness);
    expect(csv).toContain('"Care, ""safe""\nand sound"');
    const [, first] = rowsOf(csv);
    expect(first?.[5]).toBe('Care, "safe"\nand sound');
  });

  it("guards every cell against formula injection", () => {
    const content = sampleContent();
    content.steps[0]!.name = '=HYPERLINK("http://evil")';
    content.flows[0]!.purpose = "+1+2";
    content.flows[0]!.notes = "@SUM(A1)";
    content.flows[0]!.standard = "-3";
    const [, first] = rowsOf(flowsCsv(content, readiness));
    expect(first?.[0]).toBe('\'=HYPERLINK("http://evil")');
    expect(first?.[5]).toBe("'+1+2");
    expect(first?.[9]).toBe("'-3");
    expect(first?.[15]).toBe("'@SUM(A1)");
  });

  it("escapes only what a spreadsheet would run", () => {
    expect(escapeFormula("=1")).toBe("'=1");
    expect(escapeFormula("\tx")).toBe("'\tx");
    expect(escapeFormula("\rx")).toBe("'\rx");
    expect(escapeFormula("Plain = text")).toBe("Plain = text");
    expect(escapeFormula("")).toBe("");
  });
});
