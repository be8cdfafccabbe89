import Link from "@/components/ui/link";

import { Highlighted } from "@/components/ui/highlighted";
import { forumPostHref } from "@/lib/forums/search/links";
import type { ForumSearchResult } from "@/lib/forums/search/search-forums";

const day = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "short",
  year: "numeric",
});

/** Forum search results: one per topic, its best post's words around what was found. */
export function ForumSearchResults({ results }: { results: ForumSearchResult[] }) {
  return (
    <ol className="list-none pl-0" aria-label="Results">
      {results.map((result) => (
        <li key={result.topicId} className="mb-4 border-b border-nhs-grey-4 pb-4">
          <h3 className="mb-1 text-xl">
            <Link href={forumPostHref(result.topicId, result.postNumber)}>
              <Highlighted text={result.title} />
            </Link>
          </h3>
          <p className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-base">
            <span>{result.category ? result.category.name : "Private message"}</span>
            {result.solved ? <span className="nhs-tag nhs-tag-green">Solved</span> : null}
            {result.match === "similar" ? (
              <span className="nhs-tag nhs-tag-grey">Title or author like your words</span>
            ) : null}
            <span className="nhs-secondary-text">
              {result.postNumber > 1 ? `Reply ${result.postNumber - 1}` : "Opening post"} by{" "}
              {result.authorName ?? "a former member"},{" "}
              <time dateTime={result.postedAt.toISOString()}>{day.format(result.postedAt)}</time>
            </span>
          </p>
          {result.snippet ? (
            <p className="mb-0 break-words">
              <Highlighted text={result.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
