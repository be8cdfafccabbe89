import type { InteractionsQuery } from "./schemas";

/** The log's address for a query, keeping only what is set. */
export function interactionsHref(
  query: InteractionsQuery,
  changes: Partial<InteractionsQuery> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.organisation) params.set("organisation", next.organisation);
  if (next.kind) params.set("kind", next.kind);
  if (next.sentiment) params.set("sentiment", next.sentiment);
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/interactions?${search}` : "/interactions";
}
