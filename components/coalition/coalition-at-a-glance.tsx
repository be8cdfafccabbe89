import type { CoalitionSummary } from "@/lib/coalition/get-coalition-summary";
import { organisationTypeLabels } from "@/lib/organisations/types";

interface CountRow {
  key: string;
  label: string;
  count: number;
}

function CountTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: CountRow[];
}) {
  return (
    <table className="nhs-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="text-right">
            Organisations
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="font-normal">
              {row.label}
            </th>
            <td className="text-right">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

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
        <CountTable
          caption="Organisations by place"
          heading="Place"
          rows={summary.places.map((place) => ({
            key: place.id,
            label: place.name,
            count: place.organisationCount,
          }))}
        />
        <CountTable
          caption="Organisations by type"
          heading="Type"
          rows={summary.types.map((row) => ({
            key: row.type,
            label: organisationTypeLabels[row.type],
            count: row.organisationCount,
          }))}
        />
      </div>
    </section>
  );
}
