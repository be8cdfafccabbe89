import { stringify } from "csv-stringify/sync";

import { escapeFormula } from "@/lib/csv/escape-formula";

import type { PathwayContent } from "../content";
import { type FlowReadiness, readinessLabels } from "../readiness";
import { flowStateLabels, knownLabel, mechanismLabels, timelinessLabels } from "../types";

// The flows table of a pathway as CSV, one row per information flow, in the words people use.

export const flowsCsvHeadings = [
  "From step",
  "From organisation",
  "To step",
  "To organisation",
  "Data categories",
  "Purpose",
  "Timeliness",
  "Records a month",
  "Mechanism",
  "Standard",
  "State today",
  "Sender holds digitally",
  "Receiver can take in",
  "Readiness",
  "Reasons",
  "Notes",
] as const;

/**
 * The flows as CSV (RFC 4180, CRLF line ends, a byte order mark so that spreadsheets read it as
 * UTF-8), every cell quoted and escaped against formula injection.
 */
export function flowsCsv(
  content: PathwayContent,
  readiness: ReadonlyMap<string, Pick<FlowReadiness, "status" | "reasons">>,
): string {
  const lanes = new Map(content.lanes.map((lane) => [lane.key, lane.label]));
  const steps = new Map(content.steps.map((step) => [step.id, step]));
  const rows = content.flows.map((flow) => {
    const from = steps.get(flow.fromStepId);
    const to = steps.get(flow.toStepId);
    const assessed = readiness.get(flow.id);
    return [
      from?.name ?? "",
      from ? (lanes.get(from.laneKey) ?? "") : "",
      to?.name ?? "",
      to ? (lanes.get(to.laneKey) ?? "") : "",
      flow.categories.map((category) => category.name).join("; "),
      flow.purpose,
      timelinessLabels[flow.timeliness],
      flow.volumePerMonth === null ? "" : String(flow.volumePerMonth),
      mechanismLabels[flow.mechanism],
      flow.standard ?? "",
      flowStateLabels[flow.currentState],
      knownLabel(flow.senderHoldsDigitally),
      knownLabel(flow.receiverCanTakeIn),
      assessed ? readinessLabels[assessed.status] : "",
      assessed ? assessed.reasons.map((finding) => finding.reason).join(" ") : "",
      flow.notes ?? "",
    ].map(escapeFormula);
  });
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...flowsCsvHeadings],
    record_delimiter: "windows",
    quoted: true,
  });
}
