/**
 * The query of a pathway's page or editor: the version shown, a notice, and the pages of its
 * steps and flows tables, so that paging one table keeps the other's page. First pages are left out.
 */
export function pathwayTablesSearch(state: {
  published?: boolean;
  notice?: string;
  steps?: number;
  flows?: number;
}): string {
  const params = new URLSearchParams();
  if (state.published) params.set("version", "published");
  if (state.notice) params.set("notice", state.notice);
  if (state.steps && state.steps > 1) params.set("steps", String(state.steps));
  if (state.flows && state.flows > 1) params.set("flows", String(state.flows));
  const search = params.toString();
  return search ? `?${search}` : "";
}
