import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { topicFilterLabels, topicFilters } from "@/lib/forums/labels";
import type { TopicListQuery } from "@/lib/forums/schemas";

/** The all / unanswered / solved filter above a topic list. */
export function TopicFilters({ action, query }: { action: string; query: TopicListQuery }) {
  return (
    <FilterForm action={action} label="Topics" submitLabel="Show topics">
      <FilterSelect
        id="filter"
        label="Show"
        value={query.filter === "all" ? "" : query.filter}
        options={topicFilters.map((value) => ({
          value: value === "all" ? "" : value,
          label: topicFilterLabels[value],
        }))}
      />
    </FilterForm>
  );
}

/** A topic list's address for a page and filter. */
export function topicListHref(base: string, query: TopicListQuery, page: number): string {
  const parameters = new URLSearchParams();
  if (query.filter !== "all") parameters.set("filter", query.filter);
  if (page > 1) parameters.set("page", String(page));
  const search = parameters.toString();
  return search ? `${base}?${search}` : base;
}
