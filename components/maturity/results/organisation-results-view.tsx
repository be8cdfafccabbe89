import Link from "@/components/ui/link";

import { changeResultsSharing } from "@/app/organisations/[organisationId]/maturity/actions";
import { ScrollRegion } from "@/components/layout/scroll-region";
import { PlacedLessonList } from "@/components/lessons/placed-lessons";
import type { PlacedLesson } from "@/lib/lessons/placements";
import { formatScore } from "@/lib/maturity/results/format-score";
import type {
  Comparison,
  OrganisationResults,
} from "@/lib/maturity/results/get-organisation-results";
import { HELPFUL_SCORE, WEAK_SCORE } from "@/lib/maturity/results/help-where-weakest";
import { SMALLEST_GROUP } from "@/lib/maturity/statistics";
import { organisationTypeName } from "@/lib/organisations/types";

import { ResultsRadarChart, ResultsTrendChart } from "./results-charts";
import { RoundPicker } from "./round-picker";

const TOO_FEW = "Too few organisations to compare";

const comparisonText = (comparison: Comparison) =>
  comparison.tooFew ? TOO_FEW : formatScore(comparison.median);

const notices: Record<string, string> = {
  shared: "Your named results are now shared with the coalition.",
  unshared:
    "Your named results are no longer shared. Others see them only inside anonymised figures.",
};

function SharingSection({ results }: { results: OrganisationResults }) {
  const { organisation } = results;
  return (
    <section aria-labelledby="sharing-heading" className="nhs-card">
      <h2 id="sharing-heading">Who sees these results</h2>
      {organisation.shareMaturityResults ? (
        <p>
          {organisation.name} shares its named results with the coalition: every organisation can
          see them, and others may ask for its help where it scores well.
        </p>
      ) : (
        <p>
          Only {organisation.name}&apos;s own people and the programme leads see these named
          results. Other organisations see them only inside anonymised figures for groups of at
          least {SMALLEST_GROUP} organisations.
        </p>
      )}
      {results.canChangeSharing ? (
        <form action={changeResultsSharing}>
          <input type="hidden" name="organisationId" value={organisation.id} />
          <input
            type="hidden"
            name="share"
            value={organisation.shareMaturityResults ? "false" : "true"}
          />
          <button type="submit" className="nhs-button nhs-button-secondary">
            {organisation.shareMaturityResults
              ? "Stop sharing our named results"
              : "Share our named results with the coalition"}
          </button>
        </form>
      ) : null}
    </section>
  );
}

function DimensionTable({ results }: { results: OrganisationResults }) {
  return (
    <ScrollRegion labelledBy="scores-caption">
      <table className="nhs-table bg-white">
        <caption id="scores-caption" className="text-left">
          Scores by dimension, from 1 to 5: {results.organisation.name}, the median of other{" "}
          {organisationTypeName(results.organisation.type, { plural: true })}, and the median of the
          coalition
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col" className="text-right">
              {results.organisation.name}
            </th>
            <th scope="col" className="text-right">
              Peers&apos; median
            </th>
            <th scope="col" className="text-right">
              Coalition median
            </th>
          </tr>
        </thead>
        <tbody>
          {results.dimensions.map((dimension) => (
            <tr key={dimension.key}>
              <th scope="row" className="font-normal">
                {dimension.name}
              </th>
              <td className="text-right font-bold">{formatScore(dimension.score)}</td>
              <td className="text-right">
                {comparisonText(dimension.peers)}
                {dimension.peers.tooFew ? null : (
                  <span className="nhs-secondary-text block text-sm">
                    of {dimension.peers.count}
                  </span>
                )}
              </td>
              <td className="text-right">{comparisonText(dimension.coalition)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function TrendTable({ results }: { results: OrganisationResults }) {
  return (
    <ScrollRegion labelledBy="trend-caption">
      <table className="nhs-table bg-white">
        <caption id="trend-caption" className="text-left">
          Scores by dimension in each round of {results.round?.frameworkName}
        </caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            {results.trend.rounds.map((round) => (
              <th key={round.id} scope="col" className="text-right">
                {round.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {results.trend.lines.map((line) => (
            <tr key={line.key}>
              <th scope="row" className="font-normal">
                {line.name}
              </th>
              {line.scores.map((score, index) => (
                <td key={results.trend.rounds[index]?.id ?? index} className="text-right">
                  {formatScore(score)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const dimensionList = (dimensions: { key: string; name: string; score: number | null }[]) =>
  dimensions.map((dimension) => `${dimension.name} (${formatScore(dimension.score)})`).join(", ");

function HelpSection({
  results,
  helpLessons,
}: {
  results: OrganisationResults;
  helpLessons?: Map<string, PlacedLesson[]>;
}) {
  if (results.help.length === 0) return null;
  return (
    <section aria-labelledby="help-heading" className="mb-8">
      <h2 id="help-heading">Who could help where you are weakest</h2>
      <p>
        Organisations that scored {HELPFUL_SCORE} or more in the framework&apos;s latest round (or,
        where nobody did yet, the latest earlier round where someone did) and have chosen to share
        their results, those of the same type and those using the same systems first. For each of
        your weakest dimensions and any below {WEAK_SCORE}.
      </p>
      {results.help.map((dimension) => (
        <div key={dimension.key} className="mb-6">
          <h3>
            {dimension.name} ({formatScore(dimension.score)})
          </h3>
          {dimension.from?.earlier ? (
            <p>
              Nobody who shares their results scored well on this in the latest round yet, so these
              are from {dimension.from.name}.
            </p>
          ) : null}
          {dimension.helpers.length === 0 ? (
            <p>No organisation that shares its results scored well on this yet.</p>
          ) : (
            <ul className="list-disc pl-6">
              {dimension.helpers.map((helper) => (
                <li key={helper.id}>
                  <Link href={`/organisations/${helper.id}`}>{helper.name}</Link>,{" "}
                  {organisationTypeName(helper.type)}, scored {formatScore(helper.score)}
                  {helper.sameType ? " (same type as you)" : ""}
                  {helper.sharedSystems.length > 0
                    ? `; also uses ${helper.sharedSystems.join(", ")}`
                    : ""}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={`/peers?dimension=${encodeURIComponent(dimension.key)}`}>
              Find people who have solved this
              <span className="sr-only"> ({dimension.name})</span>
            </Link>
          </p>
          {(helpLessons?.get(dimension.key) ?? []).length > 0 ? (
            <>
              <h4>Lessons on {dimension.name} from organisations that scored well on it</h4>
              <PlacedLessonList lessons={helpLessons?.get(dimension.key) ?? []} />
            </>
          ) : null}
        </div>
      ))}
    </section>
  );
}

/** An organisation's maturity results: against its peers and the coalition, over time, and help. */
export function OrganisationResultsView({
  results,
  notice,
  helpLessons,
}: {
  results: OrganisationResults;
  notice?: string;
  /** Lessons for each weak dimension, by its key, from organisations strong on it. */
  helpLessons?: Map<string, PlacedLesson[]>;
}) {
  const { organisation, round } = results;
  const base = `/organisations/${organisation.id}/maturity`;
  const noticeText = notice ? notices[notice] : undefined;
  return (
    <>
      <p className="mb-2">
        <Link href={`/organisations/${organisation.id}`}>Back to {organisation.name}</Link>
      </p>
      <h1>Digital maturity results: {organisation.name}</h1>
      {noticeText ? (
        <div className="nhs-card border-l-8 border-l-nhs-green" role="status">
          {noticeText}
        </div>
      ) : null}
      {round === null ? (
        <p>
          {organisation.name} has no submitted assessment yet. Results appear here once an
          assessment is submitted.
        </p>
      ) : (
        <>
          <RoundPicker action={base} rounds={results.rounds} current={round.id} />
          <p>
            {round.name}, assessed against {round.frameworkName}.{" "}
            <Link href={`/maturity/rounds/${round.id}/results`}>
              How organisations compare across the coalition in {round.name}
            </Link>
          </p>
          {results.passedOver.length > 0 ? (
            <p className="nhs-card" role="note">
              Showing {round.name}, the latest round with enough organisations to compare.{" "}
              {results.passedOver.map((r) => r.name).join(", ")}{" "}
              {results.passedOver.length === 1 ? "has" : "have"} too few results from other
              organisations so far: choose {results.passedOver.length === 1 ? "it" : "one"} above to
              see its scores.
            </p>
          ) : null}

          <h2>Compared with peers and the coalition</h2>
          <ResultsRadarChart
            organisationName={organisation.name}
            label={`Radar chart of ${organisation.name}'s scores by dimension against the median of its peers and of the coalition. The table below gives the same figures.`}
            data={results.dimensions.map((dimension) => ({
              dimension: dimension.name,
              organisation: dimension.score,
              peers: dimension.peers.median,
              coalition: dimension.coalition.median,
            }))}
          />
          <DimensionTable results={results} />

          <h2>Strongest and weakest</h2>
          <dl className="mb-8 grid gap-x-6 gap-y-2 md:grid-cols-[12rem_1fr]">
            <dt className="font-bold">Strongest</dt>
            <dd className="m-0">{dimensionList(results.strongest) || "No scores yet"}</dd>
            <dt className="font-bold">Weakest</dt>
            <dd className="m-0">
              {dimensionList(results.weakest) || "Every dimension scored the same"}
            </dd>
          </dl>

          <h2>Over time</h2>
          {results.trend.rounds.length > 1 ? (
            <ResultsTrendChart
              label={`Line chart of ${organisation.name}'s scores by dimension over the rounds of ${round.frameworkName}. The table below gives the same figures.`}
              rounds={results.trend.rounds.map((r) => r.name)}
              lines={results.trend.lines}
            />
          ) : (
            <p>A trend shows once there are results from more than one round.</p>
          )}
          <TrendTable results={results} />

          <HelpSection results={results} helpLessons={helpLessons} />
        </>
      )}
      <SharingSection results={results} />
    </>
  );
}
