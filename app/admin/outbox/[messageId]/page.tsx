import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { deliveryStatus, formatTime } from "@/components/mail/outbox-table";
import { requireActor } from "@/lib/auth/require-actor";
import { getOutboxMessage } from "@/lib/mail/outbox";
import { composeEmailText } from "@/lib/mail/text";

export const metadata = { title: "Email", referrer: "no-referrer" };

export default async function OutboxMessagePage({
  params,
}: {
  params: Promise<{ messageId: string }>;
}) {
  const { messageId } = await params;
  const actor = await requireActor(`/admin/outbox/${messageId}`);
  const message = await getOutboxMessage(actor, messageId);
  if (!message) notFound();
  // The link comes from its own field, never from the text, which holds what users typed.
  const link = message.link;
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/admin/outbox">Back to the outbox</Link>
      </p>
      <h1>{message.subject}</h1>
      <dl className="nhs-card">
        <div className="py-1">
          <dt className="inline font-bold">To: </dt>
          <dd className="inline break-all">{message.toAddress}</dd>
        </div>
        <div className="py-1">
          <dt className="inline font-bold">Written: </dt>
          <dd className="inline">{formatTime(message.createdAt)}</dd>
        </div>
        <div className="py-1">
          <dt className="inline font-bold">Status: </dt>
          <dd className="inline">{deliveryStatus(message)}</dd>
        </div>
        {message.lastError && !message.sentAt ? (
          <div className="py-1">
            <dt className="inline font-bold">Mail server&apos;s answer: </dt>
            <dd className="inline break-all">{message.lastError}</dd>
          </div>
        ) : null}
      </dl>
      {link ? (
        <p>
          Link in this email:{" "}
          <a href={link} className="break-all" data-testid="outbox-link">
            {link}
          </a>
        </p>
      ) : (
        <p>
          The one-time link in this email is shown only to the person who caused it, and is not kept
          once a mail server has taken the email.
        </p>
      )}
      <h2>Message</h2>
      <pre className="nhs-card font-[inherit] break-words whitespace-pre-wrap">
        {composeEmailText(message.body, link ? link : "[one-time link]")}
      </pre>
    </div>
  );
}
