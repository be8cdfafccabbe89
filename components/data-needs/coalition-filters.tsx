import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import type { CoalitionNeedsQuery } from "@/lib/data-needs/schemas";

/** The coalition view's place and pathway filters: a plain GET form that keeps any cell chosen. */
export function CoalitionFilters({
  action,
  query,
  places,
  pathways,
}: {
  action: "/data-needs" | "/data-needs/list";
  query: Partial<CoalitionNeedsQuery>;
  places: { id: string; name: string }[];
  pathways: { id: string; name: string }[];
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
        options={places.map((place) => ({ value: place.id, label: place.name }))}
      />
      <FilterSelect
        id="pathway"
        label="Pathway"
        any="Any pathway, or none"
        value={query.pathway}
        options={pathways.map((pathway) => ({ value: pathway.id, label: pathway.name }))}
      />
    </FilterForm>
  );
}
