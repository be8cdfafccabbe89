import Link from "@/components/ui/link";

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});

export const formatTime = (date: Date) => timeFormat.format(date);

/** Where a message stands: sent, failed (with the mail server's answer kept), or only here. */
export function deliveryStatus(message: { sentAt: Date | null; lastError: string | null }) {
  if (message.sentAt) return `Sent ${formatTime(message.sentAt)}`;
  if (message.lastError) return "Sending failed";
  return "Not sent (outbox only)";
}

/** The outbox, newest first: when, to whom, what about and whether it went. */
export function OutboxTable({
  entries,
}: {
  entries: {
    id: string;
    toAddress: string;
    subject: string;
    createdAt: Date;
    sentAt: Date | null;
    lastError: string | null;
  }[];
}) {
  if (entries.length === 0) return <p>No emails yet.</p>;
  return (
    <table className="nhs-table">
      <caption className="sr-only">Emails, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Written</th>
          <th scope="col">To</th>
          <th scope="col">Subject</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((message) => (
          <tr key={message.id}>
            <td>{formatTime(message.createdAt)}</td>
            <td className="break-all">{message.toAddress}</td>
            <td>
              <Link href={`/admin/outbox/${message.id}`}>{message.subject}</Link>
            </td>
            <td>{deliveryStatus(message)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
