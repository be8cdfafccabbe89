import Link from "next/link";

import { getActor } from "@/lib/auth/get-actor";
import { countUnreadNotifications } from "@/lib/notifications/notifications";

import { AccountArea } from "./account-area";
import { navigationFor } from "./navigation";
import { PrimaryNavigation } from "./primary-navigation";
import { SERVICE_NAME } from "./service-name";

export { SERVICE_NAME };

export async function SiteHeader() {
  const actor = await getActor();
  const unread = actor ? await countUnreadNotifications(actor) : 0;
  return (
    <header className="bg-nhs-blue text-white" role="banner">
      <div className="nhs-width-container flex flex-wrap items-center justify-between gap-4 py-4">
        <Link
          href="/"
          aria-label={`${SERVICE_NAME}: home`}
          className="flex items-center gap-3 text-white no-underline visited:text-white hover:text-white hover:underline"
        >
          <span
            className="rounded-sm border-2 border-white px-2 py-0.5 text-lg font-bold"
            aria-hidden="true"
          >
            C
          </span>
          <span className="text-xl font-bold">{SERVICE_NAME}</span>
        </Link>
        <AccountArea actor={actor} unread={unread} />
      </div>
      <PrimaryNavigation items={navigationFor(actor)} />
    </header>
  );
}
