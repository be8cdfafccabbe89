import { ScrollRegion } from "@/components/layout/scroll-region";
import { formatScore } from "@/lib/maturity/results/format-score";
import type { RoundResults } from "@/lib/maturity/results/get-round-results";
import { SMALLEST_GROUP } from "@/lib/maturity/statistics";
import { organisationTypeLabels } from "@/lib/organisations/types";

/**
 * The spread of scores per organisation type, a table per dimension: lowest, quartiles, median
 * and highest. Groups too small to stay anonymous are not shown.
 */
export function DistributionsTables({
  results,
}: {
  results: Pick<RoundResults, "round" | "distributions">;
}) {
  return (
    <>
      <p>
        Scores run from 1 to 5. A type of organisation with fewer than {SMALLEST_GROUP}{" "}
        organisations with results is not shown, so that nobody can be identified.
      </p>
      {results.round.dimensions.map((dimension, index) => (
        <div key={dimension.id} className="mb-8">
          <h3 id={`distribution-${dimension.key}`}>{dimension.name}</h3>
          <ScrollRegion labelledBy={`distribution-${dimension.key}`}>
            <table className="nhs-table bg-white text-sm [&_td]:text-right">
              <caption className="sr-only">
                Spread of {dimension.name} scores by type of organisation
              </caption>
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col" className="text-right">
                    Organisations
                  </th>
                  <th scope="col" className="text-right">
                    Lowest
                  </th>
                  <th scope="col" className="text-right">
                    Lower quartile
                  </th>
                  <th scope="col" className="text-right">
                    Median
                  </th>
                  <th scope="col" className="text-right">
                    Upper quartile
                  </th>
                  <th scope="col" className="text-right">
                    Highest
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.distributions.map((group) => {
                  const distribution = group.dimensions[index] ?? null;
                  const label = group.type ? organisationTypeLabels[group.type] : "All types";
                  return (
                    <tr key={group.type ?? "all"} className={group.type ? "" : "font-bold"}>
                      <th scope="row" className={group.type ? "font-normal" : ""}>
                        {label}
                      </th>
                      {distribution ? (
                        <>
                          <td>{distribution.count}</td>
                          <td>{formatScore(distribution.min)}</td>
                          <td>{formatScore(distribution.lowerQuartile)}</td>
                          <td>{formatScore(distribution.median)}</td>
                          <td>{formatScore(distribution.upperQuartile)}</td>
                          <td>{formatScore(distribution.max)}</td>
                        </>
                      ) : (
                        <td colSpan={6} className="text-left!">
                          {group.count < SMALLEST_GROUP
                            ? "Too few organisations to show"
                            : "Too few scores to show"}
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      ))}
    </>
  );
}
