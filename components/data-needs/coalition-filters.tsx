import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import type { CoalitionNeedsQuery } from "@/lib/data-needs/schemas";

/** The coalition view's place and pathway filters: a plain GET form that keeps any cell chosen. */
export function CoalitionFilters({
  action,
  query,
  options,
}: {
  action: "/data-needs" | "/data-needs/list";
  query: Partial<CoalitionNeedsQuery>;
  /** From listCoalitionFilterOptions: each list is null when there are too many to offer. */
  options: {
    places: { id: string; name: string }[] | null;
    pathways: { id: string; name: string }[] | null;
    chosenPlace: string | null;
    chosenPathway: string | null;
  };
}) {
  return (
    <FilterForm
      action={action}
      label="Data needs"
      keep={{ category: query.category, type: query.type }}
    >
      <FilterSelect
        id="place"
        label="Place of the organisation that needs the data"
        any="All places"
        value={query.place}
        options={options.places?.map((place) => ({ value: place.id, label: place.name })) ?? null}
        chosen={options.chosenPlace}
      />
      <FilterSelect
        id="pathway"
        label="Pathway"
        any="Any pathway, or none"
        value={query.pathway}
        options={
          options.pathways?.map((pathway) => ({ value: pathway.id, label: pathway.name })) ?? null
        }
        chosen={options.chosenPathway}
      />
    </FilterForm>
  );
}
