import Link from "@/components/ui/link";

import { ReviewDecisionButtons } from "@/components/forum-moderation/review-decision";
import { WarnAuthorForm } from "@/components/forum-moderation/warn-author-form";
import { Markdown } from "@/components/ui/markdown";
import { formatLondonTime } from "@/lib/audit/local-time";
import { requireActor } from "@/lib/auth/require-actor";
import { flagReasonLabels, reviewDecisionDone } from "@/lib/forums/moderation/labels";
import { readOrDeny } from "@/lib/forums/moderation/page-access";
import { listReviewQueue, REVIEW_QUEUE_SIZE } from "@/lib/forums/moderation/review-queue";
import { postHref } from "@/lib/forums/watching/post-link";

export const metadata = { title: "Forum review queue" };

const statusTag = {
  AWAITING_REVIEW: { text: "Waiting for approval", className: "nhs-tag-yellow" },
  HIDDEN: { text: "Hidden", className: "nhs-tag-red" },
  PUBLISHED: { text: "Public", className: "nhs-tag-grey" },
  DELETED: { text: "Deleted", className: "nhs-tag-grey" },
} as const;

export default async function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/forums/review");
  // A decided post often leaves the queue: what was done is said above the queue, not in its card.
  const done = reviewDecisionDone((await searchParams).decided);
  const { total, posts } = await readOrDeny(actor, "forum.review_queue", () =>
    listReviewQueue(actor),
  );
  return (
    <div className="max-w-[960px]">
      <h1>Forum review queue</h1>
      <p role="status" className={done ? "nhs-inset-text" : "sr-only"}>
        {done ?? ""}
      </p>
      <p className="nhs-lede">
        Posts that people flagged, and new members&apos; first posts waiting for approval, in the
        categories you moderate. Oldest first.
      </p>
      <p>
        Approving publishes a post and clears its flags. A post flagged by three people is hidden
        until you decide. Every decision is recorded in the audit trail.
      </p>
      {total === 0 ? (
        <p className="nhs-card">Nothing to review. Well done.</p>
      ) : (
        <>
          <p>
            {total === 1 ? "1 post to review" : `${total} posts to review`}
            {total > REVIEW_QUEUE_SIZE ? `, the oldest ${REVIEW_QUEUE_SIZE} shown` : ""}.
          </p>
          <ol className="list-none p-0">
            {posts.map((post) => {
              const label = `post ${post.number} in ${post.topic.title}`;
              const tag = statusTag[post.status];
              return (
                <li key={post.id} className="nhs-card">
                  <article aria-labelledby={`review-${post.id}`}>
                    <h2 id={`review-${post.id}`} className="mb-2 text-xl">
                      <Link href={postHref(post.topic.id, post.number)}>{post.topic.title}</Link>
                    </h2>
                    <p className="nhs-secondary-text mb-2">
                      Post {post.number} by {post.author?.name ?? "a former member"} in{" "}
                      {post.topic.category?.name ?? "a private message"},{" "}
                      {formatLondonTime(post.createdAt)}{" "}
                      <span className={`nhs-tag ${tag.className}`}>{tag.text}</span>
                    </p>
                    <div className="border-l-4 border-nhs-grey-4 pl-4">
                      <Markdown text={post.body} />
                    </div>
                    {post.flags.length > 0 ? (
                      <>
                        <h3 className="text-lg">
                          {post.flags.length === 1 ? "1 flag" : `${post.flags.length} flags`}
                        </h3>
                        <ul>
                          {post.flags.map((flag) => (
                            <li key={flag.id}>
                              {flagReasonLabels[flag.reason]}, from{" "}
                              {flag.user?.name ?? "a former member"}
                              {flag.note ? (
                                <>
                                  : <q className="break-words">{flag.note}</q>
                                </>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                    <ReviewDecisionButtons
                      postId={post.id}
                      label={label}
                      hidden={post.status === "HIDDEN"}
                    />
                    {post.author ? (
                      <WarnAuthorForm postId={post.id} authorName={post.author.name} />
                    ) : null}
                  </article>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
