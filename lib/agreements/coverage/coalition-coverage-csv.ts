import { stringify } from "csv-stringify/sync";

import { escapeFormula } from "@/lib/csv/escape-formula";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { organisationTypeLabels } from "@/lib/organisations/types";

import { type CoveragePair, pairsCsvHeadings } from "./coalition-coverage";
import { agreementStatusLabel } from "./words";

/** How many agreements a pair has in each status, in words: "1 active, 2 draft". */
export const agreementCounts = (agreements: CoveragePair["agreements"]) =>
  (Object.entries(agreements) as [AgreementStatus, number][])
    .map(([status, count]) => `${count} ${agreementStatusLabel(status).toLowerCase()}`)
    .join(", ");

/** The coalition's pairs as CSV: every cell quoted and escaped against formula injection. */
export function coalitionCoverageCsv(pairs: readonly CoveragePair[]): string {
  return stringify(
    pairs.map((pair) =>
      [
        pair.a.name,
        organisationTypeLabels[pair.a.type],
        pair.b.name,
        organisationTypeLabels[pair.b.type],
        pair.status ? agreementStatusLabel(pair.status) : "None",
        agreementCounts(pair.agreements),
        String(pair.flows.total),
        String(pair.flows.covered),
        String(pair.flows.atRisk),
        String(pair.flows.notCovered),
      ].map(escapeFormula),
    ),
    {
      bom: true,
      header: true,
      columns: [...pairsCsvHeadings],
      record_delimiter: "windows",
      quoted: true,
    },
  );
}
