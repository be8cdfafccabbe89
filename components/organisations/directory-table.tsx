import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { SortableHeader as SortHeading } from "@/components/ui/sortable-header";
import { sortHref } from "@/lib/organisations/directory-links";
import type { DirectoryPage } from "@/lib/organisations/list-organisations";
import type { DirectoryQuery, DirectorySort } from "@/lib/organisations/schemas";
import { engagementLevelLabels } from "@/lib/engagement/labels";
import { organisationTypeLabels } from "@/lib/organisations/types";

const columns: { sort: DirectorySort; label: string }[] = [
  { sort: "name", label: "Name" },
  { sort: "type", label: "Type" },
  { sort: "place", label: "Place" },
  { sort: "engagement", label: "Engagement" },
];

function SortableHeader({
  query,
  sort,
  label,
}: {
  query: DirectoryQuery;
  sort: DirectorySort;
  label: string;
}) {
  return (
    <SortHeading
      href={sortHref(query, sort)}
      label={label}
      active={query.sort === sort}
      order={query.order}
    />
  );
}

export function DirectoryTable({
  directory,
  query,
}: {
  directory: DirectoryPage;
  query: DirectoryQuery;
}) {
  if (directory.entries.length === 0) {
    return <p className="nhs-card">No organisations match. Try other words or fewer filters.</p>;
  }
  return (
    <ScrollRegion label="Organisations in the coalition">
      <table className="nhs-table">
        <caption className="sr-only">Organisations in the coalition</caption>
        <thead>
          <tr>
            <SortableHeader query={query} {...columns[0]!} />
            <th scope="col">ODS code</th>
            {columns.slice(1).map((column) => (
              <SortableHeader key={column.sort} query={query} {...column} />
            ))}
            <th scope="col">Charter</th>
          </tr>
        </thead>
        <tbody>
          {directory.entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row" className="font-normal">
                <Link href={`/organisations/${entry.id}`}>{entry.name}</Link>
                {entry.archived ? (
                  <span className="nhs-tag nhs-tag-grey ml-2">Archived</span>
                ) : null}
              </th>
              <td>{entry.odsCode ?? "–"}</td>
              <td>{organisationTypeLabels[entry.type]}</td>
              <td>{entry.placeName}</td>
              <td>
                {engagementLevelLabels[entry.engagementCurrent]}
                {entry.engagementDesired && entry.engagementDesired !== entry.engagementCurrent ? (
                  <span className="block text-sm text-nhs-secondary">
                    Aim: {engagementLevelLabels[entry.engagementDesired]}
                  </span>
                ) : null}
              </td>
              <td>
                {entry.endorsedCharter === null ? (
                  <span className="text-nhs-secondary">Not endorsed</span>
                ) : (
                  <span className="nhs-tag nhs-tag-green">Endorsed v{entry.endorsedCharter}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
