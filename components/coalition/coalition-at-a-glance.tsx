import type { CoalitionSummary } from "@/lib/coalition/get-coalition-summary";
import { organisationTypeLabels } from "@/lib/organisations/types";

export function CoalitionAtAGlance({ summary }: { summary: CoalitionSummary }) {
  if (summary.organisationCount === 0) {
    return (
      <div className="nhs-card">
        <h2>The coalition at a glance</h2>
        <p className="mb-0">No organisations have joined the coalition yet.</p>
      </div>
    );
  }
  return (
    <section aria-labelledby="at-a-glance">
      <h2 id="at-a-glance">The coalition at a glance</h2>
      <p>
        <strong>{summary.organisationCount}</strong> organisations across{" "}
        <strong>{summary.places.length}</strong> places.
      </p>
      <div className="grid items-start gap-8 md:grid-cols-2">
        <table className="nhs-table">
          <caption>Organisations by place</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col" className="text-right">
                Organisations
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.places.map((place) => (
              <tr key={place.id}>
                <th scope="row" className="font-normal">
                  {place.name}
                </th>
                <td className="text-right">{place.organisationCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="nhs-table">
          <caption>Organisations by type</caption>
          <thead>
            <tr>
              <th scope="col">Type</th>
              <th scope="col" className="text-right">
                Organisations
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.types.map((row) => (
              <tr key={row.type}>
                <th scope="row" className="font-normal">
                  {organisationTypeLabels[row.type]}
                </th>
                <td className="text-right">{row.organisationCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
