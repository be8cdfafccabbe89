import Link from "next/link";

import type { DirectoryQuery } from "@/lib/organisations/schemas";
import {
  engagementStatuses,
  engagementStatusLabels,
  organisationTypeLabels,
  organisationTypes,
} from "@/lib/organisations/types";

const selectClass = "block w-full border-2 border-nhs-text bg-white px-2 py-2";

/** A plain GET form: it works without JavaScript, and the address bar keeps the search. */
export function DirectoryFilters({
  query,
  places,
}: {
  query: DirectoryQuery;
  places: { id: string; name: string }[];
}) {
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
            className={selectClass}
          />
        </div>
        <div>
          <label htmlFor="type" className="mb-1 block font-bold">
            Type
          </label>
          <select id="type" name="type" defaultValue={query.type ?? ""} className={selectClass}>
            <option value="">All types</option>
            {organisationTypes.map((type) => (
              <option key={type} value={type}>
                {organisationTypeLabels[type]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="place" className="mb-1 block font-bold">
            Place
          </label>
          <select id="place" name="place" defaultValue={query.place ?? ""} className={selectClass}>
            <option value="">All places</option>
            {places.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="engagement" className="mb-1 block font-bold">
            Engagement
          </label>
          <select
            id="engagement"
            name="engagement"
            defaultValue={query.engagement ?? ""}
            className={selectClass}
          >
            <option value="">Any engagement</option>
            {engagementStatuses.map((status) => (
              <option key={status} value={status}>
                {engagementStatusLabels[status]}
              </option>
            ))}
          </select>
        </div>
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
