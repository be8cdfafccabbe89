import { scrollRegionMarkup } from "@/components/layout/scroll-region";
import { PerEntry } from "@/lib/db/derived-cache";
import { html, innerMarkup, type Markup } from "@/lib/html/markup";
import { formatScore } from "@/lib/maturity/results/format-score";
import type { RoundResults } from "@/lib/maturity/results/get-round-results";
import { DISTRIBUTION_COLUMNS, SMALLEST_GROUP } from "@/lib/maturity/statistics";
import { organisationTypeLabels } from "@/lib/organisations/types";

type Distributions = Pick<RoundResults, "round" | "distributions">;

// A table per dimension, each a row per type: hundreds of cells, so built as markup.
function dimensionTable(results: Distributions, index: number) {
  const dimension = results.round.dimensions[index];
  if (!dimension) return html``;
  const rows = results.distributions.map((group) => {
    const distribution = group.dimensions[index] ?? null;
    const label = group.type ? organisationTypeLabels[group.type] : "All types";
    const figures = distribution
      ? [
          distribution.count,
          formatScore(distribution.min),
          formatScore(distribution.lowerQuartile),
          formatScore(distribution.median),
          formatScore(distribution.upperQuartile),
          formatScore(distribution.max),
        ].map((figure) => html`<td>${figure}</td>`)
      : html`<td colspan="6" class="text-left!">
          ${group.count < SMALLEST_GROUP ? "Too few organisations to show" : "Too few scores to show"}
        </td>`;
    return html`<tr class="${group.type ? "" : "font-bold"}">
      <th scope="row" class="${group.type ? "font-normal" : ""}">${label}</th>
      ${figures}
    </tr>`;
  });
  const id = `distribution-${dimension.key}`;
  return html`<div class="mb-8">
    <h3 id="${id}">${dimension.name}</h3>
    ${scrollRegionMarkup({
      labelledBy: id,
      content: html`<table class="nhs-table bg-white text-sm [&_td]:text-right">
        <caption class="sr-only">
          Spread of ${dimension.name} scores by type of organisation
        </caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            ${DISTRIBUTION_COLUMNS.map((heading) => html`<th scope="col" class="text-right">${heading}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>`,
    })}
  </div>`;
}

// The distributions are the round's, held by its results' cache (lib/maturity/results), and the
// same for everyone: their tables are made once for each.
const made = new PerEntry<Distributions["distributions"], Markup>();

/**
 * The spread of scores per organisation type, a table per dimension: lowest, quartiles, median
 * and highest. Groups too small to stay anonymous are not shown.
 */
export function DistributionsTables({ results }: { results: Distributions }) {
  const tables = made.get(
    results.distributions,
    "",
    () => html`${results.round.dimensions.map((_, index) => dimensionTable(results, index))}`,
  );
  return (
    <>
      <p>
        Scores run from 1 to 5. A type of organisation with fewer than {SMALLEST_GROUP}{" "}
        organisations with results is not shown, so that nobody can be identified.
      </p>
      <div {...innerMarkup(tables)} />
    </>
  );
}
