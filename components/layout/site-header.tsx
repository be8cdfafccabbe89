import Link from "@/components/ui/link";

import { getSignedIn } from "@/lib/auth/get-actor";

import { AccountArea } from "./account-area";
import { navigationFor } from "./navigation";
import { PrimaryNavigation } from "./primary-navigation";
import { SERVICE_NAME } from "./service-name";

export { SERVICE_NAME };

export async function SiteHeader() {
  const signedIn = await getSignedIn();
  const actor = signedIn?.actor ?? null;
  const unread = signedIn?.unreadNotifications ?? 0;
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
