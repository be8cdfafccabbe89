import Link from "next/link";

import { SelectField } from "@/components/ui/select-field";
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
    <form method="get" action={action} role="search" aria-label="Data needs" className="nhs-card">
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          id="place"
          name="place"
          label="Place of the organisation that needs the data"
          fieldClassName=""
          className=""
          defaultValue={query.place ?? ""}
          options={[
            { value: "", label: "All places" },
            ...places.map((place) => ({ value: place.id, label: place.name })),
          ]}
        />
        <SelectField
          id="pathway"
          name="pathway"
          label="Pathway"
          fieldClassName=""
          className=""
          defaultValue={query.pathway ?? ""}
          options={[
            { value: "", label: "Any pathway, or none" },
            ...pathways.map((pathway) => ({ value: pathway.id, label: pathway.name })),
          ]}
        />
      </div>
      {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
      {query.type ? <input type="hidden" name="type" value={query.type} /> : null}
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button">
          Apply filters
        </button>
        <Link href={action}>Clear filters</Link>
      </div>
    </form>
  );
}
