import Link from "next/link";

import { SelectField } from "@/components/ui/select-field";
import type { RoundResultsQuery } from "@/lib/maturity/schemas";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

/** The results table's type and place filters: a plain GET form that keeps the sort. */
export function ResultsFilters({
  action,
  query,
  places,
}: {
  action: string;
  query: RoundResultsQuery;
  places: { id: string; name: string }[];
}) {
  return (
    <form method="get" action={action} role="search" aria-label="Results" className="nhs-card">
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id="type"
          name="type"
          label="Type of organisation"
          fieldClassName=""
          className=""
          defaultValue={query.type ?? ""}
          options={[
            { value: "", label: "All types" },
            ...organisationTypes.map((type) => ({
              value: type,
              label: organisationTypeLabels[type],
            })),
          ]}
        />
        <SelectField
          id="place"
          name="place"
          label="Place"
          fieldClassName=""
          className=""
          defaultValue={query.place ?? ""}
          options={[
            { value: "", label: "All places" },
            ...places.map((place) => ({ value: place.id, label: place.name })),
          ]}
        />
      </div>
      {query.sort !== "name" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.order !== "asc" ? <input type="hidden" name="order" value={query.order} /> : null}
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button">
          Apply filters
        </button>
        <Link href={action}>Clear filters</Link>
      </div>
    </form>
  );
}
