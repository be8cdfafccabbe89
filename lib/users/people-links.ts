import type { PeopleQuery } from "./schemas";

/** The people list's address for a query, keeping only what differs from the defaults. */
export function peopleHref(query: PeopleQuery, changes: Partial<PeopleQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.role) params.set("role", next.role);
  if (next.status) params.set("status", next.status);
  if (next.order !== "asc") params.set("order", next.order);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/people?${search}` : "/people";
}
