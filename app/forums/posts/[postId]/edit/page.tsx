import Link from "@/components/ui/link";

import { EditPostForm } from "@/components/forums/post-forms";
import { requireActor } from "@/lib/auth/require-actor";
import { loadForumPage } from "@/lib/forums/page-access";
import { postForEditing } from "@/lib/forums/post-for-editing";
import { postHref } from "@/lib/forums/quote";

export const metadata = { title: "Edit a post" };

export default async function EditPostPage({ params }: { params: Promise<{ postId: string }> }) {
  const { postId } = await params;
  const actor = await requireActor(`/forums/posts/${postId}/edit`);
  const post = await loadForumPage(actor, "forum.post_edit", (db) =>
    postForEditing(db, actor, postId),
  );
  const back = postHref(post.topicId, post.number);
  return (
    <>
      <p className="mb-2">
        <Link href={back}>Back to the topic</Link>
      </p>
      <h1>Edit post {post.number}</h1>
      <p>Readers see that the post was edited, and can read every earlier version.</p>
      {post.draftRestored ? (
        <p className="nhs-inset-text" role="status">
          Your unsaved changes are back. Save the post to publish them.
        </p>
      ) : null}
      <EditPostForm
        postId={post.id}
        body={post.body}
        title={post.title}
        version={post.version}
        cancelHref={back}
      />
    </>
  );
}
