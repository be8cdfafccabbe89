import Link from "@/components/ui/link";

import { swatchOf } from "@/lib/forums/labels";
import type { TopicRow } from "@/lib/forums/read";
import { topicHref } from "@/lib/forums/quote";

import { postedAt } from "./format";

/** A list of topics: title, category, replies, latest activity and whether it is solved. */
export function TopicList({
  topics,
  showCategory = true,
  empty,
}: {
  topics: TopicRow[];
  showCategory?: boolean;
  empty: string;
}) {
  if (topics.length === 0) return <p className="nhs-secondary-text">{empty}</p>;
  return (
    <ul className="list-none pl-0">
      {topics.map((topic) => (
        <li key={topic.id} className="mb-3 border-b border-nhs-grey-4 pb-3">
          <p className="mb-1 text-lg font-bold">
            <Link href={topicHref(topic.id)}>{topic.title}</Link>
          </p>
          <p className="mb-0 flex flex-wrap gap-x-4 gap-y-1 text-base">
            {topic.pinnedAt && !showCategory ? <span className="nhs-tag">Pinned</span> : null}
            {topic.acceptedPostId ? <span className="nhs-tag nhs-tag-green">Solved</span> : null}
            {topic.closedAt ? <span className="nhs-tag nhs-tag-grey">Closed</span> : null}
            {showCategory && topic.category ? (
              <span>
                <span
                  aria-hidden="true"
                  className={`mr-1 inline-block h-3 w-3 ${swatchOf(topic.category.colour)}`}
                />
                {topic.category.name}
              </span>
            ) : null}
            <span>{topic.author?.name ?? "A former member"}</span>
            <span>
              {topic.postCount - 1 === 1
                ? "1 reply"
                : `${Math.max(0, topic.postCount - 1)} replies`}
            </span>
            <span>Latest {postedAt(topic.lastPostAt)}</span>
            {topic.tags.length > 0 ? (
              <span className="nhs-secondary-text">Tags: {topic.tags.join(", ")}</span>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
