// One page of a list already in memory (a pathway's steps and flows, a round's rows): the page
// asked for, kept within the pages there are, so a stale or typed-in page number still shows one.

export interface PageOf<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export function pageOf<T>(list: readonly T[], wanted: number, pageSize: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(list.length / pageSize));
  const page = Math.min(Math.max(1, Number.isFinite(wanted) ? Math.floor(wanted) : 1), pageCount);
  return {
    items: list.slice((page - 1) * pageSize, page * pageSize),
    page,
    pageCount,
    total: list.length,
  };
}
