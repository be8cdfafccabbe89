import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import type { FacetValue, LessonRegister } from "@/lib/lessons/list-lessons";
import type { LessonRegisterQuery } from "@/lib/lessons/schemas";

const withCounts = (values: FacetValue[]) =>
  values.map((value) => ({ value: value.value, label: `${value.label} (${value.count})` }));

/**
 * The register's search and facets: a plain GET form, so the address bar keeps the search. Each
 * facet's values say how many lessons choosing them would give.
 */
export function LessonFilters({
  query,
  facets,
}: {
  query: LessonRegisterQuery;
  facets: LessonRegister["facets"];
}) {
  const products = [
    ...new Map(
      facets.systems.map((system) => [
        system.product,
        { value: system.product, label: system.label, count: system.count },
      ]),
    ).values(),
  ];
  return (
    <FilterForm
      action="/lessons"
      label="Lessons learned"
      submitLabel="Search"
      keep={{ step: query.step, supplier: query.supplier }}
    >
      <FilterSearch
        label="Words or a system's name (a misspelt name is found too)"
        value={query.q}
      />
      <FilterSelect
        id="product"
        label="System"
        any="Any system"
        value={query.product}
        options={withCounts(products)}
      />
      <FilterSelect
        id="organisationType"
        label="Type of organisation"
        any="Any type"
        value={query.organisationType}
        options={withCounts(facets.organisationTypes)}
      />
      <FilterSelect
        id="pathway"
        label="Pathway"
        any="Any pathway"
        value={query.pathway}
        options={withCounts(facets.pathways)}
      />
      <FilterSelect
        id="dimension"
        label="Maturity dimension"
        any="Any dimension"
        value={query.dimension}
        options={withCounts(facets.dimensions)}
      />
      <FilterSelect
        id="outcome"
        label="Outcome"
        any="Any outcome"
        value={query.outcome}
        options={withCounts(facets.outcomes)}
      />
    </FilterForm>
  );
}
