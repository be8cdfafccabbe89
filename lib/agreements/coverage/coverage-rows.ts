import { stringify } from "csv-stringify/sync";

import { escapeFormula } from "@/lib/csv/escape-formula";
import type { PathwayContent } from "@/lib/pathways/content";

import type { CoverageVerdict } from "./coverage";
import type { DescribedCoverage } from "./pathway-coverage";
import { agreementStatusLabel, coverageVerdictLabels, coverageVerdictOrder } from "./words";

/** One flow of a pathway with its coverage, as the coverage table and its CSV show it. */
export interface CoverageRow {
  flowId: string;
  fromStep: string;
  fromLane: string;
  toStep: string;
  toLane: string;
  data: string;
  verdict: CoverageVerdict;
  /** The agreement named, when the reader may open it. */
  agreement: { id: string; reference: string; title: string; status: string } | null;
  reason: string;
}

/** The flows of a pathway with their coverage, worst first, then in the pathway's order. */
export function coverageRows(
  content: PathwayContent,
  coverage: ReadonlyMap<string, DescribedCoverage>,
): CoverageRow[] {
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane.label]));
  const steps = new Map(content.steps.map((step) => [step.id, step]));
  const rows = content.flows.map((flow, index) => {
    const from = steps.get(flow.fromStepId);
    const to = steps.get(flow.toStepId);
    const covered = coverage.get(flow.id);
    const agreement =
      covered?.agreement && covered.agreementVisible
        ? {
            id: covered.agreement.id,
            reference: covered.agreement.reference,
            title: covered.agreement.title,
            status: agreementStatusLabel(covered.agreement.status),
          }
        : null;
    return {
      index,
      row: {
        flowId: flow.id,
        fromStep: from?.name ?? "",
        fromLane: (from && lanes.get(from.laneKey)) ?? "",
        toStep: to?.name ?? "",
        toLane: (to && lanes.get(to.laneKey)) ?? "",
        data: flow.categories.map((category) => category.name).join(", "),
        verdict: covered?.verdict ?? "NOT_COVERED",
        agreement,
        reason: covered?.reason ?? "No data sharing agreement covers this flow.",
      } satisfies CoverageRow,
    };
  });
  return rows
    .sort(
      (a, b) =>
        coverageVerdictOrder.indexOf(a.row.verdict) - coverageVerdictOrder.indexOf(b.row.verdict) ||
        a.index - b.index,
    )
    .map(({ row }) => row);
}

/** Flows counted by verdict. */
export function countVerdicts(rows: readonly { verdict: CoverageVerdict }[]) {
  const counts: Record<CoverageVerdict, number> = {
    NOT_COVERED: 0,
    AT_RISK: 0,
    COVERED: 0,
    NOT_NEEDED: 0,
  };
  for (const row of rows) counts[row.verdict] += 1;
  return counts;
}

export const coverageCsvHeadings = [
  "From step",
  "From organisation",
  "To step",
  "To organisation",
  "Data categories",
  "Coverage",
  "Agreement",
  "Agreement status",
  "Why",
] as const;

/** The coverage table as CSV: every cell quoted and escaped against formula injection. */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  return stringify(
    rows.map((row) =>
      [
        row.fromStep,
        row.fromLane,
        row.toStep,
        row.toLane,
        row.data,
        coverageVerdictLabels[row.verdict],
        row.agreement ? `${row.agreement.reference} ${row.agreement.title}` : "",
        row.agreement?.status ?? "",
        row.reason,
      ].map(escapeFormula),
    ),
    {
      bom: true,
      header: true,
      columns: [...coverageCsvHeadings],
      record_delimiter: "windows",
      quoted: true,
    },
  );
}
