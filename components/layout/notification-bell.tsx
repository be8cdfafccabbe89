import Link from "@/components/ui/link";

/** How the bell names itself to assistive technology: "Notifications, 3 unread". */
export function bellLabel(unread: number): string {
  return unread === 0 ? "Notifications, none unread" : `Notifications, ${unread} unread`;
}

/**
 * The bell in the header: a link to /notifications with the unread count on it. Its name says
 * the count in words; the picture and the number beside it are for sighted readers.
 */
export function NotificationBell({ unread }: { unread: number }) {
  const shown = unread > 99 ? "99+" : String(unread);
  return (
    <Link
      href="/notifications"
      aria-label={bellLabel(unread)}
      data-testid="notification-bell"
      className="relative inline-flex min-h-11 min-w-11 items-center justify-center rounded-sm text-white visited:text-white hover:text-white"
    >
      <svg
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="28"
        height="28"
        fill="currentColor"
      >
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
      </svg>
      {unread > 0 ? (
        <span
          aria-hidden="true"
          className="absolute -top-1 -right-1 min-w-6 rounded-full border-2 border-white bg-nhs-red px-1 text-center text-sm leading-5 font-bold text-white"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
