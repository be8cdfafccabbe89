import "server-only";

import { stringify } from "csv-stringify/sync";

import type { Actor } from "@/lib/auth/actor";
import { escapeFormula } from "@/lib/csv/escape-formula";
import { getPrisma } from "@/lib/db/client";
import { organisationTypeLabels } from "@/lib/organisations/types";
import { isId } from "@/lib/validation/ids";

import { maturityPolicy } from "../policy";
import { assessmentStatusLabels } from "./assessment-status";
import { cannotSeeCoalition } from "./get-round-results";
import { readResultsRound, readRoundAssessments } from "./round-data";

/**
 * A round's results as CSV, for leads: one row per organisation in the round with its status
 * and, when it counts, its dimension scores. Cells a spreadsheet would run as formulas are
 * escaped. Null when there is no such round.
 */
export async function exportRoundResultsCsv(
  actor: Actor,
  roundId: string,
): Promise<{ fileName: string; csv: string } | null> {
  if (!maturityPolicy.canSeeCoalition(actor)) throw cannotSeeCoalition();
  if (!isId(roundId)) return null;
  const prisma = await getPrisma();
  const [round, assessments] = await Promise.all([
    readResultsRound(prisma, roundId),
    readRoundAssessments(prisma, roundId),
  ]);
  if (!round) return null;
  const headings = [
    "Organisation",
    "ODS code",
    "Type",
    "Place",
    "Status",
    "Shares named results",
    ...round.dimensions.map((dimension) => dimension.name),
  ];
  const rows = assessments
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
    .map((assessment) => [
      assessment.name,
      assessment.odsCode ?? "",
      organisationTypeLabels[assessment.type],
      assessment.placeName,
      assessmentStatusLabels[assessment.status],
      assessment.shares ? "Yes" : "No",
      ...round.dimensions.map((dimension) => {
        const score = assessment.scores.get(dimension.id);
        return score === null || score === undefined ? "" : score.toFixed(1);
      }),
    ]);
  const csv = stringify(
    [headings, ...rows].map((row) => row.map(escapeFormula)),
    { bom: true, quoted: true, record_delimiter: "\r\n" },
  );
  const slug = round.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return { fileName: `maturity-results-${slug || "round"}.csv`, csv };
}
