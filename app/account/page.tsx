import Link from "@/components/ui/link";

import { signOutEverywhereNow } from "@/app/account/actions";
import { AccountDetailsForm } from "@/components/account/account-details-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ForumDigestForm } from "@/components/account/forum-digest-form";
import { NotificationPreferenceForm } from "@/components/account/notification-preference-form";
import { PeerProfileForm } from "@/components/account/peer-profile-form";
import { getAccount } from "@/lib/account/get-account";
import { requireActor } from "@/lib/auth/require-actor";
import { getForumDigestPreference } from "@/lib/forums/digests/preference";
import { getPrisma } from "@/lib/db/client";
import { getNotificationPreference } from "@/lib/notifications/notifications";
import { organisationPolicy } from "@/lib/organisations/policy";
import { getPeerProfile } from "@/lib/peers/peer-profile";
import { membershipRoleLabels, platformRoleLabels } from "@/lib/users/types";

export const metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const [account, preference, digest, peerProfile] = await Promise.all([
    getAccount(actor),
    getNotificationPreference(actor),
    getForumDigestPreference(actor),
    getPrisma().then((db) => getPeerProfile(db, actor)),
  ]);
  return (
    <div className="max-w-[720px]">
      <h1>Your account</h1>
      <p className="nhs-lede">
        Signed in as <span className="break-all">{account.email}</span>
        {account.role !== "USER" ? `, ${platformRoleLabels[account.role].toLowerCase()}` : ""}.
      </p>

      <section aria-labelledby="details-heading" className="mb-12">
        <h2 id="details-heading">Your details</h2>
        <p>Other people in the coalition see these on the profiles of your organisations.</p>
        <AccountDetailsForm defaults={{ name: account.name, jobTitle: account.jobTitle ?? "" }} />
      </section>

      <section aria-labelledby="notifications-heading" className="mb-12">
        <h2 id="notifications-heading">Notifications</h2>
        <p>
          <Link href="/notifications">Your notifications</Link> tell you about things that need you,
          such as an agreement due for review.
        </p>
        <NotificationPreferenceForm defaults={preference} />
        <ForumDigestForm defaults={digest} />
      </section>

      <section aria-labelledby="peers-heading" className="mb-12">
        <h2 id="peers-heading">Helping your peers</h2>
        <p>
          The <Link href="/peers">peer finder</Link> connects people who face the same problems.
        </p>
        <PeerProfileForm defaults={peerProfile} />
      </section>

      {account.hasPassword ? (
        <section aria-labelledby="password-heading" className="mb-12">
          <h2 id="password-heading">Change your password</h2>
          <p>
            Changing your password signs you out on every device, this one included. You then sign
            in again with the new password.
          </p>
          <ChangePasswordForm email={account.email} />
        </section>
      ) : null}

      <section aria-labelledby="organisations-heading" className="mb-12">
        <h2 id="organisations-heading">Your organisations</h2>
        {account.memberships.length === 0 ? (
          <p>You do not act for any organisation yet.</p>
        ) : (
          <table className="nhs-table">
            <caption className="sr-only">Organisations you act for</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Your role</th>
              </tr>
            </thead>
            <tbody>
              {account.memberships.map(({ organisation, role }) => (
                <tr key={organisation.id}>
                  <th scope="row" className="font-normal">
                    {organisation.archivedAt && !organisationPolicy.canSeeArchived(actor) ? (
                      `${organisation.name} (archived)`
                    ) : (
                      <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                    )}
                  </th>
                  <td>{membershipRoleLabels[role]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="sign-out-heading" className="mb-12">
        <h2 id="sign-out-heading">Sign out everywhere</h2>
        <p>
          Ends every session of your account, on this device and any other, such as a shared
          computer you forgot to sign out of.
        </p>
        <form action={signOutEverywhereNow}>
          <button type="submit" className="nhs-button nhs-button-secondary">
            Sign out everywhere
          </button>
        </form>
      </section>
    </div>
  );
}
