import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { SortableHeader as SortHeading } from "@/components/ui/sortable-header";
import { agreementTypeLabels } from "@/lib/agreements/labels";
import { registerSortHref } from "@/lib/agreements/links";
import type { RegisterRow } from "@/lib/agreements/list-agreements";
import type { AgreementRegisterQuery, AgreementSort } from "@/lib/agreements/schemas";

import { StatusTag } from "./status-tag";

const day = (date: Date | null) =>
  date
    ? date.toLocaleDateString("en-GB", {
        day: "numeric",
        month: "short",
        year: "numeric",
        timeZone: "UTC",
      })
    : "Not set";

function SortableHeader({
  query,
  sort,
  label,
}: {
  query: AgreementRegisterQuery;
  sort: AgreementSort;
  label: string;
}) {
  return (
    <SortHeading
      href={registerSortHref(query, sort)}
      label={label}
      active={query.sort === sort}
      order={query.order}
    />
  );
}

export function RegisterTable({
  rows,
  query,
}: {
  rows: RegisterRow[];
  query: AgreementRegisterQuery;
}) {
  if (rows.length === 0) {
    return <p className="nhs-card">No agreements match. Try other words or fewer filters.</p>;
  }
  return (
    <ScrollRegion labelledBy="register-caption">
      <table className="nhs-table">
        <caption id="register-caption" className="sr-only">
          Data sharing agreements
        </caption>
        <thead>
          <tr>
            <SortableHeader query={query} sort="reference" label="Reference" />
            <SortableHeader query={query} sort="title" label="Title" />
            <th scope="col">Parties</th>
            <SortableHeader query={query} sort="status" label="Status" />
            <SortableHeader query={query} sort="review" label="Review date" />
            <SortableHeader query={query} sort="updated" label="Last changed" />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="font-normal whitespace-nowrap">
                <Link href={`/agreements/${row.id}`}>{row.reference}</Link>
              </th>
              <td>
                {row.title}
                <span className="nhs-secondary-text block text-sm">
                  {agreementTypeLabels[row.type]}
                  {row.specialCategoryData ? "; special category data" : ""}
                </span>
              </td>
              <td>{row.parties.map((party) => party.organisation.name).join(", ")}</td>
              <td>
                <StatusTag status={row.status} />
              </td>
              <td className="whitespace-nowrap">{day(row.reviewDate)}</td>
              <td className="whitespace-nowrap">{day(row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
