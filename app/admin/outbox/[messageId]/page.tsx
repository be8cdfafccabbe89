import Link from "next/link";
import { notFound } from "next/navigation";

import { deliveryStatus, formatTime } from "@/components/mail/outbox-table";
import { requireActor } from "@/lib/auth/require-actor";
import { getOutboxMessage, linkInBody } from "@/lib/mail/outbox";
import { mailPolicy } from "@/lib/mail/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Email", referrer: "no-referrer" };

export default async function OutboxMessagePage({
  params,
}: {
  params: Promise<{ messageId: string }>;
}) {
  const { messageId } = await params;
  const actor = await requireActor(`/admin/outbox/${messageId}`);
  if (!mailPolicy.canReadOutbox(actor)) await denyAccess(actor, "outbox.read");
  const message = await getOutboxMessage(actor, messageId);
  if (!message) notFound();
  const link = linkInBody(message.body);
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
      ) : null}
      <h2>Message</h2>
      <pre className="nhs-card font-[inherit] break-words whitespace-pre-wrap">{message.body}</pre>
    </div>
  );
}
