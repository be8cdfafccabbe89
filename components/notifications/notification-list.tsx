import { formatLondonTime } from "@/lib/audit/local-time";

interface Entry {
  id: string;
  title: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
}

/**
 * The person's notifications, each leading to what it is about. The links are plain anchors,
 * not prefetched: opening one marks it read, which a prefetch must never do.
 */
export function NotificationList({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) return <p className="nhs-card">No notifications yet.</p>;
  return (
    <ul className="list-none p-0" aria-label="Your notifications">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={`nhs-card mb-4 ${entry.readAt ? "" : "border-l-8 border-l-nhs-blue"}`}
          data-testid="notification"
        >
          <h2 className="mb-2 text-lg">
            <a href={`/notifications/${entry.id}`} className="break-words">
              {entry.title}
            </a>
          </h2>
          <p className="mb-2 break-words">{entry.body}</p>
          <p className="nhs-secondary-text mb-0 text-base">
            {entry.readAt ? "" : <strong className="nhs-tag nhs-tag-yellow mr-2">Unread</strong>}
            {formatLondonTime(entry.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
