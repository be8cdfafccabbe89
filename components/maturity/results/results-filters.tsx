import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
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
    <FilterForm
      action={action}
      label="Results"
      keep={{
        sort: query.sort !== "name" ? query.sort : null,
        order: query.order !== "asc" ? query.order : null,
      }}
    >
      <FilterSelect
        id="type"
        label="Type of organisation"
        any="All types"
        value={query.type}
        options={organisationTypes.map((type) => ({
          value: type,
          label: organisationTypeLabels[type],
        }))}
      />
      <FilterSelect
        id="place"
        label="Place"
        any="All places"
        value={query.place}
        options={places.map((place) => ({ value: place.id, label: place.name }))}
      />
    </FilterForm>
  );
}
