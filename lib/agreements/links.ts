import type { AgreementRegisterQuery, AgreementSort } from "./schemas";

/** The register's address for a query, keeping only what differs from the defaults. */
export function registerHref(
  query: AgreementRegisterQuery,
  changes: Partial<AgreementRegisterQuery> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.status) params.set("status", next.status);
  if (next.type) params.set("type", next.type);
  if (next.party) params.set("party", next.party);
  if (next.reviewWithin !== undefined) params.set("reviewWithin", String(next.reviewWithin));
  if (next.special) params.set("special", next.special);
  if (next.sort !== "updated") params.set("sort", next.sort);
  if (next.order !== "desc") params.set("order", next.order);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/agreements?${search}` : "/agreements";
}

/** Sorting by a column: ascending first, then the other way; the page starts again. */
export function registerSortHref(query: AgreementRegisterQuery, sort: AgreementSort): string {
  const order = query.sort === sort && query.order === "asc" ? "desc" : "asc";
  return registerHref(query, { sort, order, page: 1 });
}

/** The register's CSV export for a query: all its pages, in its order. */
export function registerExportHref(query: AgreementRegisterQuery): string {
  const search = registerHref(query, { page: 1 }).split("?")[1];
  return search ? `/agreements/export.csv?${search}` : "/agreements/export.csv";
}
