import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { engagementLevelLabels, engagementLevels } from "@/lib/engagement/labels";
import type { DirectoryQuery } from "@/lib/organisations/schemas";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

/** A plain GET form: it works without JavaScript, and the address bar keeps the search. */
export function DirectoryFilters({
  query,
  places,
  showStatus,
}: {
  query: DirectoryQuery;
  places: { id: string; name: string }[];
  /** For those who may see archived organisations. */
  showStatus: boolean;
}) {
  const filters = [
    {
      id: "type",
      label: "Type",
      any: "All types",
      options: organisationTypes.map((type) => ({
        value: type,
        label: organisationTypeLabels[type],
      })),
    },
    {
      id: "place",
      label: "Place",
      any: "All places",
      options: places.map((place) => ({ value: place.id, label: place.name })),
    },
    {
      id: "engagement",
      label: "Engagement",
      any: "Any engagement",
      options: engagementLevels.map((level) => ({
        value: level,
        label: engagementLevelLabels[level],
      })),
    },
  ] as const;
  return (
    <FilterForm
      action="/organisations"
      label="Organisations"
      submitLabel="Search"
      keep={{
        sort: query.sort !== "name" ? query.sort : null,
        order: query.order !== "asc" ? query.order : null,
      }}
    >
      <FilterSearch label="Name or ODS code" value={query.q} />
      {filters.map((filter) => (
        <FilterSelect
          key={filter.id}
          id={filter.id}
          label={filter.label}
          any={filter.any}
          value={query[filter.id]}
          options={filter.options}
        />
      ))}
      {showStatus ? (
        <FilterSelect
          id="status"
          label="Status"
          any="Active and archived"
          value={query.status}
          options={[
            { value: "active", label: "Active" },
            { value: "archived", label: "Archived" },
          ]}
        />
      ) : null}
    </FilterForm>
  );
}
