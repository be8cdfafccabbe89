import type { DirectoryQuery, DirectorySort } from "./schemas";

/** The directory's address for a query, keeping only what differs from the defaults. */
export function directoryHref(
  query: DirectoryQuery,
  changes: Partial<DirectoryQuery> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.type) params.set("type", next.type);
  if (next.place) params.set("place", next.place);
  if (next.engagement) params.set("engagement", next.engagement);
  if (next.status) params.set("status", next.status);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.order !== "asc") params.set("order", next.order);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/organisations?${search}` : "/organisations";
}

/** Sorting by a column: ascending first, then the other way; the page starts again. */
export function sortHref(query: DirectoryQuery, sort: DirectorySort): string {
  const order = query.sort === sort && query.order === "asc" ? "desc" : "asc";
  return directoryHref(query, { sort, order, page: 1 });
}

/** The CSV export of the directory for a query: all its pages, in its order. */
export function exportHref(query: DirectoryQuery): string {
  const search = directoryHref(query, { page: 1 }).split("?")[1];
  return search ? `/organisations/export.csv?${search}` : "/organisations/export.csv";
}
