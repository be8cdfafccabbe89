import type { RoundResultsQuery } from "../schemas";

/** A round's results page for a query, keeping only what differs from the defaults. */
export function roundResultsHref(
  roundId: string,
  query: RoundResultsQuery,
  changes: Partial<RoundResultsQuery> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.type) params.set("type", next.type);
  if (next.place) params.set("place", next.place);
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.order !== "asc") params.set("order", next.order);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  const base = `/maturity/rounds/${roundId}/results`;
  return search ? `${base}?${search}` : base;
}

/**
 * Sorting by a column: names A to Z first, scores highest first, then the other way; the page
 * starts again.
 */
export function resultsSortHref(roundId: string, query: RoundResultsQuery, sort: string): string {
  const first = sort === "name" ? "asc" : "desc";
  const other = first === "asc" ? "desc" : "asc";
  const order = query.sort === sort && query.order === first ? other : first;
  return roundResultsHref(roundId, query, { sort, order, page: 1 });
}
