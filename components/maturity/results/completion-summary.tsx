import { assessmentStatusLabels } from "@/lib/maturity/results/assessment-status";
import type { RoundResults } from "@/lib/maturity/results/get-round-results";

/** How far the round has got: assessments by status. */
export function CompletionSummary({
  completion,
  counted,
}: {
  completion: NonNullable<RoundResults["completion"]>;
  counted: number;
}) {
  const total = completion.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <>
      <p>
        <strong>{counted}</strong> of <strong>{total}</strong>{" "}
        {total === 1 ? "organisation has" : "organisations have"} submitted results (submitted or
        validated).
      </p>
      <table className="nhs-table mb-8 max-w-md bg-white">
        <caption className="sr-only">Assessments in the round by status</caption>
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col" className="text-right">
              Organisations
            </th>
          </tr>
        </thead>
        <tbody>
          {completion.map((entry) => (
            <tr key={entry.status}>
              <th scope="row" className="font-normal">
                {assessmentStatusLabels[entry.status]}
              </th>
              <td className="text-right">{entry.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
