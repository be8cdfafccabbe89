import "server-only";

import ExcelJS from "exceljs";

import { agreementStatuses, agreementStatusLabels } from "@/lib/agreements/labels";
import { escapeFormula } from "@/lib/csv/escape-formula";
import { DISTRIBUTION_COLUMNS } from "@/lib/maturity/statistics";

import {
  commitmentStatuses,
  commitmentStatusLabels,
  engagementLevelLabels,
  engagementLevels,
  stakeholderRatingLabels,
  stakeholderRatings,
  type REPORT_SHEETS,
  trendSeriesLabels,
  type TrendSeries,
} from "./labels";
import type { BoardReport } from "./report";

// The board report's figures as a spreadsheet, one sheet per area. Every text cell that a
// spreadsheet would run as a formula is written with a leading apostrophe (lib/csv), as names
// and reasons come from people.

type Cell = string | number | null;

const safe = (cell: Cell) => (typeof cell === "string" ? escapeFormula(cell) : cell);

function addSheet(
  workbook: ExcelJS.Workbook,
  name: (typeof REPORT_SHEETS)[number],
  tables: { title: string; headings: string[]; rows: Cell[][] }[],
) {
  const sheet = workbook.addWorksheet(name);
  for (const [index, table] of tables.entries()) {
    if (index > 0) sheet.addRow([]);
    sheet.addRow([safe(table.title)]).font = { bold: true };
    sheet.addRow(table.headings.map(safe)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map(safe));
  }
  sheet.columns.forEach((column) => {
    column.width = 24;
  });
}

export async function boardReportWorkbook(report: BoardReport): Promise<Buffer> {
  const { figures, changes, maturity } = report;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Coalition";
  workbook.created = new Date();
  addSheet(workbook, "Summary", [
    {
      title: `Board report: ${report.place?.name ?? "the whole coalition"}, ${report.from} to ${report.to}`,
      headings: ["Figure", "Count"],
      rows: [
        ["Organisations", figures.organisations],
        ["Below their desired engagement", figures.engagement.belowDesired],
        ["Commitments due in the next 30 days", figures.commitments.dueSoon],
        ["Commitments overdue", figures.commitments.overdue],
        ["Flows blocked", figures.flows.blocked],
        ["Data needs not met", figures.dataNeeds.unmet],
        [
          "Active agreements",
          figures.agreements.byStatus.ACTIVE + figures.agreements.byStatus.REVIEW_DUE,
        ],
        ["Flows without an agreement in force", figures.agreements.flowsWithout],
        ["Discussions in the last 30 days", figures.forums.topics],
      ],
    },
  ]);
  addSheet(workbook, "Engagement", [
    {
      title: "Organisations by engagement",
      headings: ["Level", "Current", "Desired"],
      rows: engagementLevels.map((level) => [
        engagementLevelLabels[level],
        figures.engagement.current[level],
        figures.engagement.desired[level],
      ]),
    },
    {
      title: "Influence (rows) and interest (columns)",
      headings: [
        "Influence",
        ...stakeholderRatings.map((rating) => `${stakeholderRatingLabels[rating]} interest`),
      ],
      rows: stakeholderRatings.map((influence, row) => [
        stakeholderRatingLabels[influence],
        ...(figures.grid[row] ?? []),
      ]),
    },
    {
      title: "Engagement changes in the period",
      headings: ["Organisation", "From", "To", "Why", "On"],
      rows: changes.engagement.rows.map((row) => [
        row.organisation,
        row.from ? engagementLevelLabels[row.from] : "",
        engagementLevelLabels[row.to],
        row.reason,
        row.on,
      ]),
    },
  ]);
  addSheet(workbook, "Commitments", [
    {
      title: "Commitments by status",
      headings: ["Status", "Commitments"],
      rows: commitmentStatuses.map((status) => [
        commitmentStatusLabels[status],
        figures.commitments.byStatus[status],
      ]),
    },
    {
      title: "Done in the period",
      headings: ["Commitment", "Organisation", "Done on"],
      rows: changes.commitmentsDone.rows.map((row) => [row.title, row.organisation, row.on]),
    },
    {
      title: "At risk",
      headings: ["Commitment", "Organisation", "Due"],
      rows: changes.commitmentsAtRisk.rows.map((row) => [row.title, row.organisation, row.dueOn]),
    },
  ]);
  addSheet(workbook, "Pathways and data needs", [
    {
      title: "Flows and data needs",
      headings: ["Figure", "Count"],
      rows: [
        ["Flows blocked", figures.flows.blocked],
        ["Flows at risk", figures.flows.atRisk],
        ["Flows ready", figures.flows.ready],
        ["Data needs met", figures.dataNeeds.met],
        ["Data needs partly met", figures.dataNeeds.partly],
        ["Data needs not met", figures.dataNeeds.unmet],
      ],
    },
  ]);
  addSheet(workbook, "Digital maturity", [
    {
      title: maturity ? `Spread of scores, ${maturity.round.name}` : "No round with enough results",
      headings: ["Dimension", ...DISTRIBUTION_COLUMNS],
      rows: (maturity?.dimensions ?? []).map((dimension) => {
        const d = dimension.distribution;
        return d
          ? [dimension.name, d.count, d.min, d.lowerQuartile, d.median, d.upperQuartile, d.max]
          : [dimension.name, "Too few to show", null, null, null, null, null];
      }),
    },
    {
      title: "Rounds closed in the period",
      headings: ["Round", "Closed on"],
      rows: changes.roundsClosed.rows.map((row) => [row.name, row.closesOn]),
    },
  ]);
  addSheet(workbook, "Agreements", [
    {
      title: "Agreements by status",
      headings: ["Status", "Agreements"],
      rows: agreementStatuses.map((status) => [
        agreementStatusLabels[status],
        figures.agreements.byStatus[status],
      ]),
    },
    {
      title: "Signed in the period",
      headings: ["Reference", "Title", "Last signed on"],
      rows: changes.agreementsSigned.rows.map((row) => [row.reference, row.title, row.on]),
    },
  ]);
  addSheet(workbook, "Forums", [
    {
      title: "Forum activity in the last 30 days",
      headings: ["Figure", "Count"],
      rows: [
        ["Discussions started", figures.forums.topics],
        ["Posts", figures.forums.posts],
        ["Discussions solved", figures.forums.solved],
      ],
    },
  ]);
  const series = Object.keys(trendSeriesLabels) as TrendSeries[];
  addSheet(workbook, "Trends", [
    {
      title: "Month by month",
      headings: ["Month", ...series.map((key) => trendSeriesLabels[key])],
      rows: report.trends.map((point) => [point.month, ...series.map((key) => point.values[key])]),
    },
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
