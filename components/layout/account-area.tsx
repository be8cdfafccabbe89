import Link from "@/components/ui/link";

import type { Actor } from "@/lib/auth/actor";

import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

export function AccountArea({ actor, unread = 0 }: { actor: Actor | null; unread?: number }) {
  if (!actor) {
    return (
      <Link href="/sign-in" className="text-white visited:text-white hover:text-white">
        Sign in
      </Link>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-4 text-base" aria-label="Account">
      <NotificationBell unread={unread} />
      <Link
        href="/account"
        data-testid="signed-in-as"
        className="text-white visited:text-white hover:text-white"
      >
        <span className="sr-only">Signed in as </span>
        {actor.name}
      </Link>
      <SignOutButton />
    </div>
  );
}
