import Link from "@/components/ui/link";

import { postedAt } from "@/components/forums/format";
import { FlagButton } from "@/components/forums/flag-button";
import { ForumsHeader } from "@/components/forums/forums-header";
import { AcceptButton, LikeButton, QuoteButton } from "@/components/forums/post-buttons";
import { ReplyForm } from "@/components/forums/post-forms";
import {
  MoveTopicForm,
  SplitTopicForm,
  TopicStateForm,
} from "@/components/forums/topic-moderation-forms";
import { WatchControl } from "@/components/forums/watch-control";
import { Markdown } from "@/components/ui/markdown";
import { plainText } from "@/lib/markdown/plain-text";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { getDraft } from "@/lib/forums/drafts";
import { loadForumPage } from "@/lib/forums/page-access";
import { postHref, topicHref } from "@/lib/forums/quote";
import { readableCategoryChoices, topicPage } from "@/lib/forums/read";
import { recordCards } from "@/lib/forums/record-cards";
import { getWatchLevel } from "@/lib/forums/watching/set-watch-level";
import { pageQuerySchema } from "@/lib/forums/schemas";

export const metadata = { title: "Forum topic" };

export default async function TopicPage({
  params,
  searchParams,
}: {
  params: Promise<{ topicId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { topicId } = await params;
  const actor = await requireActor(`/forums/t/${topicId}`);
  const { page } = pageQuerySchema.parse(await searchParams);
  const { view, cards, draft, moveTo } = await loadForumPage(actor, "forum.read", async (db) => {
    const view = await topicPage(db, actor, topicId, page);
    const [cards, draft, moveTo] = await Promise.all([
      recordCards(db, actor, view.posts),
      getDraft(db, actor, `reply:${view.topic.id}`),
      view.canModerate ? readableCategoryChoices(db, actor) : [],
    ]);
    return { view, cards, draft, moveTo };
  });
  const { topic, category } = view;
  const watchLevel = await getWatchLevel(actor, "topic", topic.id);
  const pageCount = Math.max(1, Math.ceil(view.total / view.pageSize));
  return (
    <>
      <p className="mb-2">
        {category ? (
          <Link href={`/forums/c/${category.slug}`}>Back to {category.name}</Link>
        ) : (
          <Link href="/forums/messages">Back to private messages</Link>
        )}
      </p>
      <h1>{topic.title}</h1>
      <p className="flex flex-wrap gap-x-4">
        {topic.kind === "PRIVATE" ? (
          <span>
            Private message between{" "}
            {view.participants.map((person) => person?.name ?? "a former member").join(", ")}. Only
            they can read it.
          </span>
        ) : null}
        {topic.acceptedPostId ? <span className="nhs-tag nhs-tag-green">Solved</span> : null}
        {topic.closedAt ? <span className="nhs-tag nhs-tag-grey">Closed</span> : null}
        {topic.pinnedAt ? <span className="nhs-tag">Pinned</span> : null}
        {topic.tags.length > 0 ? <span>Tags: {topic.tags.join(", ")}</span> : null}
      </p>
      <ForumsHeader />
      <WatchControl target="topic" id={topic.id} level={watchLevel} />
      <ol className="list-none pl-0">
        {view.posts.map((post) => (
          <li key={post.id} id={`post-${post.number}`} className="nhs-card mb-4 scroll-mt-4">
            <article aria-labelledby={`post-${post.number}-heading`}>
              <h2 id={`post-${post.number}-heading`} className="mb-2 text-lg md:text-xl">
                {post.author ? `${post.author.name} (@${post.author.handle})` : "A former member"}
                <span className="nhs-secondary-text block text-base font-normal">
                  Post {post.number}, {postedAt(post.createdAt)}
                  {post.edited ? (
                    <>
                      {" · "}
                      <Link href={`/forums/posts/${post.id}/revisions`}>
                        edited
                        <span className="sr-only"> (see the revisions of post {post.number})</span>
                      </Link>
                    </>
                  ) : null}
                  {post.status === "AWAITING_REVIEW"
                    ? " · Waiting for a moderator: only you see it"
                    : ""}
                </span>
              </h2>
              <div id={`post-body-${post.number}`}>
                <Markdown text={post.body} />
              </div>
              {cards.get(post.id) ? (
                <ul
                  className="mt-2 grid list-none gap-2 pl-0 md:grid-cols-2"
                  aria-label="Linked records"
                >
                  {cards.get(post.id)?.map((card) => (
                    <li key={card.href} className="border-l-4 border-nhs-blue bg-nhs-grey-5 p-3">
                      <span className="nhs-secondary-text block text-base">{card.kind}</span>
                      <Link href={card.href} className="font-bold">
                        {card.title}
                      </Link>
                      {card.detail ? <span className="block text-base">{card.detail}</span> : null}
                    </li>
                  ))}
                </ul>
              ) : null}
              {post.number === 1 && view.accepted ? (
                <aside
                  className="mt-4 border-l-8 border-nhs-green bg-white p-4"
                  aria-label="Accepted answer"
                >
                  <p className="mb-1 font-bold">
                    Accepted answer, from {view.accepted.author?.name ?? "a former member"} (
                    <Link href={postHref(topic.id, view.accepted.number)}>
                      post {view.accepted.number}
                    </Link>
                    )
                  </p>
                  <Markdown text={view.accepted.body} />
                </aside>
              ) : null}
              {/* A div, not a paragraph: the flag's form may not sit inside a paragraph. */}
              <div className="mt-3 mb-0 flex flex-wrap items-start gap-x-6 gap-y-2 text-base">
                {post.canLike ? (
                  <LikeButton
                    postId={post.id}
                    number={post.number}
                    liked={post.likedByMe}
                    count={post.likeCount}
                  />
                ) : (
                  <span>{post.likeCount === 1 ? "1 like" : `${post.likeCount} likes`}</span>
                )}
                {!topic.closedAt ? (
                  <QuoteButton
                    postId={post.id}
                    topicId={topic.id}
                    number={post.number}
                    authorName={post.author?.name ?? "A former member"}
                    body={post.body}
                  />
                ) : null}
                {view.canAccept && post.number > 1 && post.status === "PUBLISHED" ? (
                  <AcceptButton
                    topicId={topic.id}
                    postId={post.id}
                    number={post.number}
                    accepted={topic.acceptedPostId === post.id}
                  />
                ) : null}
                {topic.acceptedPostId === post.id ? (
                  <span className="nhs-tag nhs-tag-green">The answer</span>
                ) : null}
                {post.canEdit ? (
                  <Link href={`/forums/posts/${post.id}/edit`}>
                    Edit<span className="sr-only"> post {post.number}</span>
                  </Link>
                ) : null}
                {post.canLike ? <FlagButton postId={post.id} /> : null}
              </div>
            </article>
          </li>
        ))}
      </ol>
      <Pagination
        page={page}
        pageCount={pageCount}
        total={view.total}
        pageSize={view.pageSize}
        noun="posts"
        hrefFor={(target) => topicHref(topic.id, target)}
      />
      {topic.closedAt ? (
        <p className="nhs-card mt-6 font-bold">This topic is closed: it takes no more replies.</p>
      ) : (
        <section className="mt-8" aria-labelledby="reply-heading">
          <h2 id="reply-heading">Reply</h2>
          <ReplyForm topicId={topic.id} draft={draft?.body ?? null} />
        </section>
      )}
      {view.canModerate && category ? (
        <section className="mt-8" aria-labelledby="moderate-heading">
          <h2 id="moderate-heading">Manage this topic</h2>
          <div className="flex flex-wrap gap-4">
            <TopicStateForm topicId={topic.id} change={topic.pinnedAt ? "unpin" : "pin"} />
            <TopicStateForm topicId={topic.id} change={topic.closedAt ? "reopen" : "close"} />
          </div>
          <MoveTopicForm
            topicId={topic.id}
            version={topic.version}
            categories={moveTo.filter((entry) => entry.value !== category.id)}
          />
          {view.posts.some((post) => post.number > 1) ? (
            <SplitTopicForm
              topicId={topic.id}
              categoryId={category.id}
              categories={moveTo}
              replies={view.posts
                .filter((post) => post.number > 1)
                .map((post) => ({
                  id: post.id,
                  label: `Post ${post.number}, ${post.author?.name ?? "a former member"}: ${plainText(post.body).slice(0, 80)}`,
                }))}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
