import { z } from "zod";

import { searchText } from "@/lib/validation/text";

// Forum search's address bar: /forums/search?q=…&category=…. The page and searchForums read it
// with this one schema. A value that cannot be used (a broken id, a date that is no date) is
// dropped, so a hand-edited link still shows a search, with that filter off.

export const FORUM_SEARCH_PAGE_SIZE = 20;
/** How far people can page through results. */
export const FORUM_SEARCH_MAX_PAGE = 50;

const day = z.iso.date().optional().catch(undefined);

export const forumSearchQuerySchema = z.object({
  q: searchText(200),
  category: z.uuid().optional().catch(undefined),
  /** Part of an author's name, or a misspelling of it. */
  author: searchText(100),
  /** Posts by members of this organisation. */
  organisation: z.uuid().optional().catch(undefined),
  solved: z.enum(["yes", "no"]).optional().catch(undefined),
  /** Posts written on or after this day (UK time). */
  from: day,
  /** Posts written on or before this day (UK time). */
  to: day,
  page: z.coerce.number().int().min(1).max(FORUM_SEARCH_MAX_PAGE).default(1).catch(1),
});
export type ForumSearchQuery = z.infer<typeof forumSearchQuerySchema>;
