import Link from "next/link";

import { SelectField } from "@/components/ui/select-field";
import type { PeopleQuery } from "@/lib/users/schemas";
import {
  accountStatuses,
  accountStatusLabels,
  platformRoleLabels,
  platformRoles,
} from "@/lib/users/types";

/** A plain GET form: it works without JavaScript, and the address bar keeps the search. */
export function PeopleFilters({ query }: { query: PeopleQuery }) {
  return (
    <form method="get" action="/people" role="search" aria-label="People" className="nhs-card">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="md:col-span-2">
          <label htmlFor="q" className="mb-1 block font-bold">
            Name or email address
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={query.q ?? ""}
            className="block w-full border-2 border-nhs-text bg-white px-2 py-2"
          />
        </div>
        <SelectField
          id="role"
          name="role"
          label="Platform role"
          fieldClassName=""
          className=""
          defaultValue={query.role ?? ""}
          options={[
            { value: "", label: "Any role" },
            ...platformRoles.map((role) => ({ value: role, label: platformRoleLabels[role] })),
          ]}
        />
        <SelectField
          id="status"
          name="status"
          label="Account status"
          fieldClassName=""
          className=""
          defaultValue={query.status ?? ""}
          options={[
            { value: "", label: "Any status" },
            ...accountStatuses.map((status) => ({
              value: status,
              label: accountStatusLabels[status],
            })),
          ]}
        />
      </div>
      {query.order !== "asc" ? <input type="hidden" name="order" value={query.order} /> : null}
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button">
          Search
        </button>
        <Link href="/people">Clear filters</Link>
      </div>
    </form>
  );
}
