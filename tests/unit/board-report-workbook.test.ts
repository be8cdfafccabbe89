import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";

import { shapeAgreements, shapeCommitments, shapeOrganisations } from "@/lib/dashboard/figures";
import type { BoardReport } from "@/lib/dashboard/report";
import { REPORT_SHEETS } from "@/lib/dashboard/labels";
import { boardReportWorkbook } from "@/lib/dashboard/report-workbook";

const report: BoardReport = {
  place: null,
  places: [],
  from: "2026-01-01",
  to: "2026-03-31",
  figures: {
    ...shapeOrganisations([
      { current: "NEUTRAL", desired: "LEADING", influence: "LOW", interest: "LOW", count: 2 },
    ]),
    commitments: shapeCommitments([{ status: "OPEN", count: 3, dueSoon: 1, overdue: 1 }]),
    flows: { blocked: 1, atRisk: 2, ready: 3 },
    dataNeeds: { met: 1, partly: 1, unmet: 1 },
    agreements: shapeAgreements([{ status: "ACTIVE", count: 4 }], 5),
    forums: { topics: 2, posts: 7, solved: 1 },
  },
  maturity: null,
  trends: [],
  changes: {
    engagement: {
      total: 1,
      rows: [
        {
          organisation: '=HYPERLINK("https://evil.example")',
          from: "NEUTRAL",
          to: "SUPPORTIVE",
          reason: "@SUM(A1:A9)",
          on: "2026-02-01",
        },
      ],
    },
    commitmentsDone: { total: 0, rows: [] },
    commitmentsAtRisk: { total: 0, rows: [] },
    agreementsSigned: { total: 0, rows: [] },
    roundsClosed: { total: 0, rows: [] },
  },
};

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe("the board report's spreadsheet", () => {
  it("has one sheet per area, with the figures as numbers", async () => {
    const workbook = await read(await boardReportWorkbook(report));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...REPORT_SHEETS]);
    const summary = workbook.getWorksheet("Summary");
    const rows = summary?.getSheetValues().flat() ?? [];
    expect(rows).toContain("Commitments overdue");
    expect(summary?.getRow(3).values).toEqual([undefined, "Organisations", 2]);
  });

  it("writes text that a spreadsheet would run as a formula as plain text", async () => {
    const workbook = await read(await boardReportWorkbook(report));
    const values = (workbook.getWorksheet("Engagement")?.getSheetValues() ?? []).flat();
    expect(values).toContain('\'=HYPERLINK("https://evil.example")');
    expect(values).toContain("'@SUM(A1:A9)");
    expect(values).not.toContain('=HYPERLINK("https://evil.example")');
  });
});
