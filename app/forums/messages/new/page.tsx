import Link from "@/components/ui/link";

import { MessageForm } from "@/components/forums/post-forms";
import { requireActor } from "@/lib/auth/require-actor";
import { getDraft } from "@/lib/forums/drafts";
import { messageRecipient } from "@/lib/forums/messages";
import { loadForumPage } from "@/lib/forums/page-access";
import { searchText } from "@/lib/validation/text";

export const metadata = { title: "Write a private message" };

export default async function NewMessagePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/forums/messages/new");
  const to = searchText(40).parse((await searchParams).to);
  const { recipient, draft } = await loadForumPage(actor, "forum.message_send", async (db) => ({
    recipient: await messageRecipient(db, to),
    draft: await getDraft(db, actor, "message:new"),
  }));
  return (
    <>
      <p className="mb-2">
        <Link href="/forums/messages">Back to private messages</Link>
      </p>
      <h1>Write a private message</h1>
      {to && !recipient ? (
        <div role="alert" className="nhs-card border-l-8 border-l-nhs-yellow">
          <p className="m-0 font-bold">
            The person you chose cannot receive messages: their account does not exist or is
            disabled. Name someone else below.
          </p>
        </div>
      ) : null}
      {recipient ? (
        <p>
          To {recipient.name}, whose handle is @{recipient.handle}.
        </p>
      ) : null}
      <MessageForm
        to={recipient ? `@${recipient.handle}` : ""}
        draft={draft ? { title: draft.title ?? "", body: draft.body } : null}
      />
    </>
  );
}
