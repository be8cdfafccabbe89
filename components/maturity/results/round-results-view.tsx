import Link from "@/components/ui/link";

import { Pagination } from "@/components/ui/pagination";
import type { RoundResults } from "@/lib/maturity/results/get-round-results";
import { roundResultsHref } from "@/lib/maturity/results/links";
import { RESULTS_PAGE_SIZE } from "@/lib/maturity/schemas";

import { CompletionSummary } from "./completion-summary";
import { DistributionsTables } from "./distributions-tables";
import { ResultsFilters } from "./results-filters";
import { ResultsHeatmapKey, ResultsHeatmapTable } from "./results-heatmap-table";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/**
 * A round's results. Everyone sees the anonymised distributions and the organisations that share
 * their results; leads see the round's completion and every organisation's scores, and can
 * export and print them.
 */
export function RoundResultsView({ results }: { results: RoundResults }) {
  const { round, table } = results;
  const base = `/maturity/rounds/${round.id}/results`;
  const filtered = Boolean(table.query.type || table.query.place);
  return (
    <>
      <p className="mb-2">
        <Link href="/maturity">Back to digital maturity</Link>
      </p>
      <h1>Results of {round.name}</h1>
      <p className="nhs-lede">
        {round.frameworkName}, from {dateFormat.format(round.opensOn)} to{" "}
        {dateFormat.format(round.closesOn)}.
      </p>

      {results.completion ? (
        <section aria-labelledby="completion-heading">
          <h2 id="completion-heading">Completion</h2>
          <CompletionSummary completion={results.completion} counted={results.counted} />
          <p className="flex flex-wrap gap-6">
            <Link href={`${base}/export.csv`} download>
              Download every organisation&apos;s results as CSV
            </Link>
            <Link href={`${base}/print`}>Print the board report</Link>
          </p>
        </section>
      ) : (
        <p>
          Other organisations&apos; results are shown only as anonymised figures, unless they have
          chosen to share them. <strong>{results.counted}</strong>{" "}
          {results.counted === 1 ? "organisation has" : "organisations have"} results in this round.
        </p>
      )}

      <section aria-labelledby="named-heading">
        <h2 id="named-heading">
          {results.canSeeCoalition
            ? "Every organisation"
            : "Organisations that share their results, and your own"}
        </h2>
        <ResultsFilters action={base} query={table.query} places={results.places} />
        {table.total === 0 ? (
          <p>
            {filtered
              ? "No organisation matches these filters."
              : "No organisation shares its named results in this round yet."}
          </p>
        ) : (
          <>
            <ResultsHeatmapKey />
            <ResultsHeatmapTable
              results={results}
              caption={`Scores from 1 to 5 by organisation (rows) and dimension (columns)${filtered ? ", with these filters" : ""}`}
            />
            <Pagination
              page={table.page}
              pageCount={table.pageCount}
              total={table.total}
              pageSize={RESULTS_PAGE_SIZE}
              hrefFor={(page) => roundResultsHref(round.id, table.query, { page })}
              noun="organisations"
            />
          </>
        )}
      </section>

      <section aria-labelledby="distributions-heading" className="mt-8">
        <h2 id="distributions-heading">Distributions by type of organisation</h2>
        <DistributionsTables results={results} />
      </section>
    </>
  );
}
