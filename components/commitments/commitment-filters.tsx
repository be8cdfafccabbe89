import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import {
  commitmentStatuses,
  commitmentStatusLabels,
  dueWithinChoices,
} from "@/lib/commitments/labels";
import type { CommitmentsQuery } from "@/lib/commitments/schemas";

/** The commitments list's filters: a plain GET form, so the address bar keeps the search. */
export function CommitmentFilters({
  query,
  organisations,
}: {
  query: CommitmentsQuery;
  organisations: { id: string; name: string }[];
}) {
  return (
    <FilterForm action="/commitments" label="Commitments" submitLabel="Filter">
      <FilterSelect
        id="organisation"
        label="Organisation"
        any="Any organisation"
        value={query.organisation}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <FilterSelect
        id="status"
        label="Status"
        any="Any status"
        value={query.status}
        options={commitmentStatuses.map((value) => ({
          value,
          label: commitmentStatusLabels[value],
        }))}
      />
      <FilterSelect
        id="dueWithin"
        label="Due"
        any="Any due date"
        value={query.dueWithin === undefined ? undefined : String(query.dueWithin)}
        options={dueWithinChoices.map((days) => ({
          value: String(days),
          label: `Within ${days} days`,
        }))}
      />
      <FilterSelect
        id="overdue"
        label="Overdue"
        any="Overdue or not"
        value={query.overdue}
        options={[{ value: "yes", label: "Overdue only" }]}
      />
    </FilterForm>
  );
}
