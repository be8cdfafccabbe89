import Link from "@/components/ui/link";

import type { RoundResults } from "@/lib/maturity/results/get-round-results";

import { CompletionSummary } from "./completion-summary";
import { DistributionsTables } from "./distributions-tables";
import { ResultsHeatmapKey, ResultsHeatmapTable } from "./results-heatmap-table";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A round's results as a board paper: completion, distributions and every organisation. */
export function RoundReportView({ results, today }: { results: RoundResults; today: Date }) {
  const { round } = results;
  return (
    <div data-print-view>
      <p className="mb-2 print:hidden">
        <Link href={`/maturity/rounds/${round.id}/results`}>Back to the results</Link>
      </p>
      <h1>Digital maturity: {round.name}</h1>
      <p className="nhs-secondary-text">
        {round.frameworkName}, version {round.versionNumber}. The round ran from{" "}
        {dateFormat.format(round.opensOn)} to {dateFormat.format(round.closesOn)}. Report of{" "}
        {dateFormat.format(today)}.
      </p>

      <h2>Completion</h2>
      {results.completion ? (
        <CompletionSummary completion={results.completion} counted={results.counted} />
      ) : null}

      <h2>Distributions by type of organisation</h2>
      <DistributionsTables results={results} />

      <h2>Every organisation</h2>
      <ResultsHeatmapKey />
      <ResultsHeatmapTable
        results={results}
        sortable={false}
        caption="Scores from 1 to 5 by organisation (rows) and dimension (columns)"
      />
    </div>
  );
}
