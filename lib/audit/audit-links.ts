import type { AuditQuery } from "./schemas";

const FILTERS = [
  "action",
  "actor",
  "organisation",
  "entityType",
  "entityId",
  "from",
  "to",
] as const;

/** The audit trail's address for a query, keeping only the filters that are set. */
export function auditHref(query: Partial<AuditQuery>, changes: Partial<AuditQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const filter of FILTERS) {
    const value = next[filter];
    if (value) params.set(filter, value);
  }
  if (next.page && next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/audit?${search}` : "/audit";
}
