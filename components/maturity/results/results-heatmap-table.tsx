import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { html, innerMarkup } from "@/lib/html/markup";
import { assessmentStatusLabels } from "@/lib/maturity/results/assessment-status";
import { formatScore } from "@/lib/maturity/results/format-score";
import type { RoundResults } from "@/lib/maturity/results/get-round-results";
import { resultsSortHref } from "@/lib/maturity/results/links";
import { organisationTypeLabels } from "@/lib/organisations/types";

// Colour for sighted readers, in NHS colours, darker for higher scores; every shade keeps its
// text at WCAG AA contrast, and the score is always written in the cell.
const shades = [
  "bg-white text-nhs-secondary",
  "bg-[#e8edee] text-nhs-text",
  "bg-[#c8e2f4] text-nhs-text",
  "bg-[#41b6e6] text-nhs-text",
  "bg-nhs-blue text-white",
  "bg-nhs-dark-blue text-white",
] as const;

export const scoreShade = (score: number | null) =>
  score === null ? 0 : Math.min(5, Math.max(1, Math.floor(score)));

function SortHeader({
  label,
  sort,
  results,
  className,
}: {
  label: string;
  sort: string;
  results: RoundResults;
  className?: string;
}) {
  const { query } = results.table;
  const active = query.sort === sort;
  const direction = query.order === "asc" ? "ascending" : "descending";
  return (
    <th scope="col" aria-sort={active ? direction : "none"} className={className}>
      <Link
        href={resultsSortHref(results.round.id, query, sort)}
        className="text-nhs-text visited:text-nhs-text"
      >
        {label}
        <span className="sr-only">
          {active ? `, sorted ${direction}. Sort the other way` : `. Sort by ${label}`}
        </span>
        {active ? <span aria-hidden="true">{query.order === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

// A row per organisation and a cell per dimension: built as markup, with plain links.
function resultRows(results: RoundResults, sortable: boolean) {
  const showStatus = results.canSeeCoalition;
  return html`${results.table.rows.map(
    (row) =>
      html`<tr>
        <th scope="row" class="font-normal">
          ${sortable ? html`<a href="/organisations/${row.organisationId}/maturity">${row.name}</a>` : row.name}
        </th>
        <td>${organisationTypeLabels[row.type]}</td>
        ${showStatus ? html`<td>${assessmentStatusLabels[row.status]}</td>` : null}
        ${row.scores.map(
          (score) =>
            html`<td
              class="text-center ${row.counted ? "font-bold" : ""} ${shades[scoreShade(score)]}"
            >
              ${formatScore(score)}
            </td>`,
        )}
      </tr>`,
  )}`;
}

/**
 * Organisations × dimensions as a table: a row per organisation, a column per dimension, each
 * cell its score written out and shaded. Sortable by name or a dimension unless `sortable` is
 * false (the printed report).
 */
export function ResultsHeatmapTable({
  results,
  caption,
  sortable = true,
}: {
  results: RoundResults;
  caption: string;
  sortable?: boolean;
}) {
  const { dimensions } = results.round;
  const showStatus = results.canSeeCoalition;
  return (
    <ScrollRegion labelledBy="results-heatmap-caption" sticky>
      <table className="nhs-table bg-white text-sm">
        <caption id="results-heatmap-caption" className="text-left">
          {caption}
        </caption>
        <thead>
          <tr>
            {sortable ? (
              <SortHeader label="Organisation" sort="name" results={results} />
            ) : (
              <th scope="col">Organisation</th>
            )}
            <th scope="col">Type</th>
            {showStatus ? <th scope="col">Status</th> : null}
            {dimensions.map((dimension) =>
              sortable ? (
                <SortHeader
                  key={dimension.id}
                  label={dimension.name}
                  sort={dimension.key}
                  results={results}
                  className="min-w-[6rem] text-center"
                />
              ) : (
                <th key={dimension.id} scope="col" className="min-w-[6rem] text-center">
                  {dimension.name}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody {...innerMarkup(resultRows(results, sortable))} />
      </table>
    </ScrollRegion>
  );
}

/** What the shades mean. */
export function ResultsHeatmapKey() {
  const steps = ["No score", "1 to 1.9", "2 to 2.9", "3 to 3.9", "4 to 4.9", "5"];
  return (
    <div className="mb-6">
      <h3 className="text-lg">Key</h3>
      <ul className="flex flex-wrap gap-4">
        {steps.map((label, level) => (
          <li key={label} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className={`inline-block h-5 w-8 border border-nhs-grey-3 ${shades[level]?.split(" ")[0] ?? ""}`}
            />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
