import Link from "next/link";

import { SelectField } from "@/components/ui/select-field";
import type { DirectoryQuery } from "@/lib/organisations/schemas";
import {
  engagementStatuses,
  engagementStatusLabels,
  organisationTypeLabels,
  organisationTypes,
} from "@/lib/organisations/types";

const searchClass = "block w-full border-2 border-nhs-text bg-white px-2 py-2";

/** A plain GET form: it works without JavaScript, and the address bar keeps the search. */
export function DirectoryFilters({
  query,
  places,
}: {
  query: DirectoryQuery;
  places: { id: string; name: string }[];
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
      options: engagementStatuses.map((status) => ({
        value: status,
        label: engagementStatusLabels[status],
      })),
    },
  ] as const;
  return (
    <form
      method="get"
      action="/organisations"
      role="search"
      aria-label="Organisations"
      className="nhs-card"
    >
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <label htmlFor="q" className="mb-1 block font-bold">
            Name or ODS code
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            className={searchClass}
          />
        </div>
        {filters.map((filter) => (
          <SelectField
            key={filter.id}
            id={filter.id}
            name={filter.id}
            label={filter.label}
            fieldClassName=""
            className=""
            defaultValue={query[filter.id] ?? ""}
            options={[{ value: "", label: filter.any }, ...filter.options]}
          />
        ))}
      </div>
      {query.sort !== "name" ? <input type="hidden" name="sort" value={query.sort} /> : null}
      {query.order !== "asc" ? <input type="hidden" name="order" value={query.order} /> : null}
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button">
          Search
        </button>
        <Link href="/organisations">Clear filters</Link>
      </div>
    </form>
  );
}
