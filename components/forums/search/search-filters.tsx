import { FilterForm, FilterInput, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import type { ForumSearchQuery } from "@/lib/forums/search/schemas";

const option = (item: { id: string; name: string }) => ({ value: item.id, label: item.name });

/** Forum search's box and filters: a plain GET form, so the address bar keeps the search. */
export function ForumSearchFilters({
  query,
  categories,
  organisations,
}: {
  query: ForumSearchQuery;
  categories: { id: string; name: string }[];
  organisations: { id: string; name: string }[];
}) {
  return (
    <FilterForm action="/forums/search" label="Forums" submitLabel="Search">
      <FilterSearch label="Words to find" value={query.q} />
      <FilterSelect
        id="category"
        label="Category"
        any="Every category"
        value={query.category}
        options={categories.map(option)}
      />
      <FilterInput id="author" label="Author" value={query.author} />
      <FilterSelect
        id="organisation"
        label="Author's organisation"
        any="Any organisation"
        value={query.organisation}
        options={organisations.map(option)}
      />
      <FilterSelect
        id="solved"
        label="Answered"
        any="Solved or not"
        value={query.solved}
        options={[
          { value: "yes", label: "Solved: an answer was accepted" },
          { value: "no", label: "Not solved yet" },
        ]}
      />
      <FilterInput id="from" label="Written on or after" value={query.from} type="date" />
      <FilterInput id="to" label="Written on or before" value={query.to} type="date" />
    </FilterForm>
  );
}
