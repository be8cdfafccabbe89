import type { CoalitionNeedsQuery, DataNeedSort, OrganisationNeedsQuery } from "./schemas";

/** An organisation's needs page for a query, keeping only what differs from the defaults. */
export function organisationNeedsHref(
  organisationId: string,
  query: OrganisationNeedsQuery,
  changes: Partial<OrganisationNeedsQuery> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.sort !== "recent") params.set("sort", next.sort);
  if (next.order !== "asc") params.set("order", next.order);
  if (next.page > 1) params.set("page", String(next.page));
  if (next.fromPage > 1) params.set("fromPage", String(next.fromPage));
  const search = params.toString();
  const base = `/organisations/${organisationId}/data-needs`;
  return search ? `${base}?${search}` : base;
}

/** Sorting by a column: ascending first, then the other way; the page starts again. */
export function needsSortHref(
  organisationId: string,
  query: OrganisationNeedsQuery,
  sort: DataNeedSort,
): string {
  const order = query.sort === sort && query.order === "asc" ? "desc" : "asc";
  return organisationNeedsHref(organisationId, query, { sort, order, page: 1 });
}

/** A coalition view's address (the heatmap, its drill-down or the export) for its filters. */
export function coalitionHref(
  path: "/data-needs" | "/data-needs/list" | "/data-needs/export.csv",
  query: Partial<CoalitionNeedsQuery>,
): string {
  const params = new URLSearchParams();
  for (const name of ["category", "type", "place", "pathway"] as const) {
    const value = query[name];
    if (value) params.set(name, value);
  }
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
