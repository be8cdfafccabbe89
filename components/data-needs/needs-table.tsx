import Link from "@/components/ui/link";
import type { ReactNode } from "react";

import { ScrollRegion } from "@/components/layout/scroll-region";
import type { NeedRow } from "@/lib/data-needs/list-organisation-needs";
import type { DataNeedSort } from "@/lib/data-needs/schemas";
import { anyOrganisationOfType } from "@/lib/organisations/types";
import { importanceLabels, needMetLabels, timelinessLabels } from "@/lib/pathways/types";

/** Where a need's data comes from, in words. */
export const sourceLabel = (need: {
  sourceOrganisation: { name: string } | null;
  sourceOrganisationType: NeedRow["sourceOrganisationType"];
}) =>
  need.sourceOrganisation?.name ?? anyOrganisationOfType(need.sourceOrganisationType ?? "OTHER");

export interface SortControl {
  sort: DataNeedSort;
  order: "asc" | "desc";
  hrefFor: (sort: DataNeedSort) => string;
}

function Header({
  label,
  sort,
  control,
}: {
  label: string;
  sort?: DataNeedSort;
  control?: SortControl;
}) {
  if (!sort || !control) return <th scope="col">{label}</th>;
  const active = control.sort === sort;
  const direction = control.order === "asc" ? "ascending" : "descending";
  return (
    <th scope="col" aria-sort={active ? direction : "none"}>
      <Link href={control.hrefFor(sort)} className="text-nhs-text visited:text-nhs-text">
        {label}
        <span className="sr-only">
          {active
            ? `, sorted ${direction}. Sort the other way`
            : `. Sort by ${label.toLowerCase()}`}
        </span>
        {active ? <span aria-hidden="true">{control.order === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}

/**
 * A table of data needs. `needer` adds the organisation that needs the data (for lists that span
 * organisations); `actions` adds a column of links for each need.
 */
export function NeedsTable({
  caption,
  needs,
  needer = false,
  source = true,
  sortControl,
  actions,
}: {
  caption: string;
  needs: NeedRow[];
  needer?: boolean;
  source?: boolean;
  sortControl?: SortControl;
  actions?: (need: NeedRow) => ReactNode;
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="nhs-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {needer ? <th scope="col">Organisation</th> : null}
            <Header label="Team or role" sort="team" control={sortControl} />
            <Header label="Data" sort="category" control={sortControl} />
            {source ? <th scope="col">From</th> : null}
            <th scope="col">How soon</th>
            <th scope="col">Purpose</th>
            <Header label="Importance" sort="importance" control={sortControl} />
            <Header label="Met today" sort="met" control={sortControl} />
            {actions ? (
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {needs.map((need) => (
            <tr key={need.id}>
              {needer ? (
                <td>
                  <Link href={`/organisations/${need.organisation.id}`}>
                    {need.organisation.name}
                  </Link>
                </td>
              ) : null}
              <td>{need.teamOrRole}</td>
              <td>{need.dataCategory.name}</td>
              {source ? <td>{sourceLabel(need)}</td> : null}
              <td>{timelinessLabels[need.timeliness]}</td>
              <td>
                {need.purpose}
                {need.pathwayStep ? (
                  <span className="block text-nhs-secondary">
                    {`${need.pathwayStep.pathway.name}: ${need.pathwayStep.name}`}
                  </span>
                ) : null}
              </td>
              <td>{importanceLabels[need.importance]}</td>
              <td>{needMetLabels[need.metToday]}</td>
              {actions ? <td>{actions(need)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
