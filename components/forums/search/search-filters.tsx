import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import type { ForumSearchQuery } from "@/lib/forums/search/schemas";

const option = (item: { id: string; name: string }) => ({ value: item.id, label: item.name });

/** A day field of the filter panel. */
function FilterDay({ id, label, value }: { id: string; label: string; value?: string }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="date"
        defaultValue={value ?? ""}
        className="block border-2 border-nhs-text bg-white px-2 py-2"
      />
    </div>
  );
}

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
      <div>
        <label htmlFor="author" className="mb-1 block font-bold">
          Author
        </label>
        <input
          id="author"
          name="author"
          type="text"
          defaultValue={query.author ?? ""}
          autoComplete="off"
          className="block w-full border-2 border-nhs-text bg-white px-2 py-2"
        />
      </div>
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
      <FilterDay id="from" label="Written on or after" value={query.from} />
      <FilterDay id="to" label="Written on or before" value={query.to} />
    </FilterForm>
  );
}
