import type { CommitmentsQuery } from "./schemas";

/** The commitments list's address for a query, keeping only what is set. */
export function commitmentsHref(
  query: CommitmentsQuery,
  changes: Partial<CommitmentsQuery> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.organisation) params.set("organisation", next.organisation);
  if (next.status) params.set("status", next.status);
  if (next.dueWithin !== undefined) params.set("dueWithin", String(next.dueWithin));
  if (next.overdue) params.set("overdue", next.overdue);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/commitments?${search}` : "/commitments";
}
