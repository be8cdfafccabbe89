import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { TextField } from "@/components/ui/text-field";
import {
  interactionKindLabels,
  interactionKinds,
  sentimentLabels,
  sentiments,
} from "@/lib/interactions/labels";
import type { InteractionsQuery } from "@/lib/interactions/schemas";

/** The log's filters: a plain GET form, so the address bar keeps the search. */
export function InteractionFilters({
  query,
  organisations,
}: {
  query: InteractionsQuery;
  organisations: { id: string; name: string }[];
}) {
  return (
    <FilterForm action="/interactions" label="Interactions" submitLabel="Filter">
      <FilterSelect
        id="organisation"
        label="Organisation"
        any="Any organisation"
        value={query.organisation}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      <FilterSelect
        id="kind"
        label="Kind"
        any="Any kind"
        value={query.kind}
        options={interactionKinds.map((kind) => ({
          value: kind,
          label: interactionKindLabels[kind],
        }))}
      />
      <FilterSelect
        id="sentiment"
        label="Sentiment"
        any="Any sentiment"
        value={query.sentiment}
        options={sentiments.map((value) => ({ value, label: sentimentLabels[value] }))}
      />
      <TextField id="from" name="from" type="date" label="From" defaultValue={query.from ?? ""} />
      <TextField id="to" name="to" type="date" label="To" defaultValue={query.to ?? ""} />
    </FilterForm>
  );
}
