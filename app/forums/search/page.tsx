import Link from "@/components/ui/link";

import { ForumSearchFilters } from "@/components/forums/search/search-filters";
import { ForumSearchResults } from "@/components/forums/search/search-results";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";
import { forumSearchFilterOptions } from "@/lib/forums/search/filter-options";
import { forumSearchHref } from "@/lib/forums/search/links";
import { FORUM_SEARCH_MAX_PAGE, forumSearchQuerySchema } from "@/lib/forums/search/schemas";
import { searchForums } from "@/lib/forums/search/search-forums";

export const metadata = { title: "Search the forums" };

export default async function ForumSearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/forums/search");
  const query = forumSearchQuerySchema.parse(await searchParams);
  const db = await getPrisma();
  const [found, options] = await Promise.all([
    searchForums(db, actor, query),
    forumSearchFilterOptions(db, actor),
  ]);
  const pageCount = Math.min(
    FORUM_SEARCH_MAX_PAGE,
    Math.max(1, Math.ceil(found.total / found.pageSize)),
  );
  const datesCrossed = query.from && query.to && query.from > query.to;
  return (
    <>
      <p>
        <Link href="/forums">Back to the forums</Link>
      </p>
      <h1>Search the forums</h1>
      <p className="nhs-lede">
        Find conversations by their words. Put a phrase in &quot;quotes&quot;, write{" "}
        <strong>or</strong> between words for either one, and a minus sign before a word to leave it
        out.
      </p>
      <ForumSearchFilters
        query={query}
        categories={options.categories}
        organisations={options.organisations}
      />
      {!query.q ? (
        <p>Type a word or a phrase to search the posts you can read.</p>
      ) : found.results.length === 0 ? (
        <div role="status">
          <h2>No results for &quot;{query.q}&quot;</h2>
          {datesCrossed ? (
            <p>The first day is after the last day: change the dates so that they span a time.</p>
          ) : (
            <ul>
              <li>check the spelling, or try fewer or other words</li>
              <li>
                <Link href={forumSearchHref({ q: query.q, page: 1 })}>
                  search without the filters
                </Link>
              </li>
            </ul>
          )}
        </div>
      ) : (
        <>
          <h2>
            {found.total === 1 ? "1 topic found" : `${found.total} topics found`} for &quot;
            {query.q}&quot;
          </h2>
          <ForumSearchResults results={found.results} />
          <Pagination
            page={query.page}
            pageCount={pageCount}
            total={Math.min(found.total, FORUM_SEARCH_MAX_PAGE * found.pageSize)}
            pageSize={found.pageSize}
            noun="topics"
            hrefFor={(page) => forumSearchHref(query, { page })}
          />
        </>
      )}
    </>
  );
}
