import type { ForumSearchQuery } from "./schemas";

/** Forum search's address for a query, keeping only what is set. */
export function forumSearchHref(
  query: ForumSearchQuery,
  changes: Partial<ForumSearchQuery> = {},
): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.category) params.set("category", next.category);
  if (next.author) params.set("author", next.author);
  if (next.organisation) params.set("organisation", next.organisation);
  if (next.solved) params.set("solved", next.solved);
  if (next.from) params.set("from", next.from);
  if (next.to) params.set("to", next.to);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/forums/search?${search}` : "/forums/search";
}

/** A result's post, in its topic. */
export const forumPostHref = (topicId: string, postNumber: number) =>
  postNumber > 1 ? `/forums/t/${topicId}#post-${postNumber}` : `/forums/t/${topicId}`;
