import Link from "@/components/ui/link";

import { postedAt } from "@/components/forums/format";
import { Markdown } from "@/components/ui/markdown";
import { requireActor } from "@/lib/auth/require-actor";
import { loadForumPage } from "@/lib/forums/page-access";
import { postHref } from "@/lib/forums/quote";
import { postRevisions } from "@/lib/forums/read";

export const metadata = { title: "A post's revisions" };

export default async function RevisionsPage({ params }: { params: Promise<{ postId: string }> }) {
  const { postId } = await params;
  const actor = await requireActor(`/forums/posts/${postId}/revisions`);
  const view = await loadForumPage(actor, "forum.read", (db) => postRevisions(db, actor, postId));
  return (
    <>
      <p className="mb-2">
        <Link href={postHref(view.topic.id, view.post.number)}>Back to the topic</Link>
      </p>
      <h1>
        <span className="nhs-secondary-text block text-lg">{view.topic.title}</span>
        Revisions of post {view.post.number}
      </h1>
      {view.revisions.length === 0 ? <p>This post has not been edited.</p> : null}
      <ol className="list-none pl-0">
        {view.revisions.map((revision) => (
          <li key={revision.number} className="nhs-card mb-4">
            <h2 className="text-lg md:text-xl">
              {revision.number === 1 ? "Original" : `Revision ${revision.number}`}, by{" "}
              {revision.editedBy?.name ?? "a former member"}, {postedAt(revision.createdAt)}
            </h2>
            {revision.title ? <p className="font-bold">Title: {revision.title}</p> : null}
            <Markdown text={revision.body} />
          </li>
        ))}
      </ol>
    </>
  );
}
