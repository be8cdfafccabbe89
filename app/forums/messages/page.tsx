import Link from "@/components/ui/link";

import { postedAt } from "@/components/forums/format";
import { ForumsHeader } from "@/components/forums/forums-header";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { loadForumPage } from "@/lib/forums/page-access";
import { topicHref } from "@/lib/forums/quote";
import { privateMessages } from "@/lib/forums/read";
import { pageQuerySchema } from "@/lib/forums/schemas";

export const metadata = { title: "Private messages" };

export default async function MessagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/forums/messages");
  const { page } = pageQuerySchema.parse(await searchParams);
  const view = await loadForumPage(actor, "forum.read", (db) => privateMessages(db, actor, page));
  return (
    <>
      <p className="mb-2">
        <Link href="/forums">Back to the forums</Link>
      </p>
      <h1>Private messages</h1>
      <p className="nhs-lede">
        Conversations between you and up to nine others. Only the people in a conversation can read
        it; no email address is shown.
      </p>
      <ForumsHeader />
      <p>
        <Link href="/forums/messages/new" className="nhs-button">
          Write a private message
        </Link>
      </p>
      {view.topics.length === 0 ? (
        <p className="nhs-secondary-text">You have no private messages yet.</p>
      ) : (
        <ul className="list-none pl-0">
          {view.topics.map((topic) => (
            <li key={topic.id} className="mb-3 border-b border-nhs-grey-4 pb-3">
              <p className="mb-1 text-lg font-bold">
                <Link href={topicHref(topic.id)}>{topic.title}</Link>
              </p>
              <p className="mb-0 text-base">
                With {topic.participants.join(", ") || "nobody else"} · {topic.postCount}{" "}
                {topic.postCount === 1 ? "message" : "messages"} · Latest{" "}
                {postedAt(topic.lastPostAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(view.total / view.pageSize))}
        total={view.total}
        pageSize={view.pageSize}
        noun="conversations"
        hrefFor={(target) => (target > 1 ? `/forums/messages?page=${target}` : "/forums/messages")}
      />
    </>
  );
}
