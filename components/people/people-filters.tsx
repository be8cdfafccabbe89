import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
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
    <FilterForm
      action="/people"
      label="People"
      submitLabel="Search"
      keep={{ order: query.order !== "asc" ? query.order : null }}
    >
      <FilterSearch label="Name or email address" value={query.q} />
      <FilterSelect
        id="role"
        label="Platform role"
        any="Any role"
        value={query.role}
        options={platformRoles.map((role) => ({ value: role, label: platformRoleLabels[role] }))}
      />
      <FilterSelect
        id="status"
        label="Account status"
        any="Any status"
        value={query.status}
        options={accountStatuses.map((status) => ({
          value: status,
          label: accountStatusLabels[status],
        }))}
      />
    </FilterForm>
  );
}
