import Link from "@/components/ui/link";
import type { ReactNode } from "react";

import { archiveOrganisation } from "@/app/organisations/[organisationId]/actions";
import { OrganisationAgreementsSection } from "@/components/agreements/organisation-agreements-section";
import { OrganisationCommitmentsSection } from "@/components/commitments/organisation-commitments-section";
import { OrganisationEngagementSection } from "@/components/engagement/organisation-engagement-section";
import { OrganisationInteractionsSection } from "@/components/interactions/organisation-interactions-section";
import { InvitationsSection } from "@/components/invitations/invitations-section";
import { MemberActions } from "@/components/people/member-actions";
import type { OrganisationProfile } from "@/lib/organisations/get-organisation-profile";
import { organisationTypeLabels, sizeBandLabels } from "@/lib/organisations/types";

import { ContactsSection } from "./contacts-section";
import { SystemsSection } from "./systems-section";
import { membershipRoleLabels } from "@/lib/users/types";

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function OrganisationProfileView({
  profile,
  notice,
  afterSystems,
}: {
  profile: OrganisationProfile;
  /** What the page says after a change, from the address bar. */
  notice?: string;
  /** Shown under the systems in use, such as lessons about the same products. */
  afterSystems?: ReactNode;
}) {
  return (
    <>
      <p className="mb-2">
        <Link href="/organisations">Back to organisations</Link>
      </p>
      <h1>{profile.name}</h1>
      <div className="mb-6 flex flex-wrap items-center gap-6">
        {profile.canEdit ? (
          <Link href={`/organisations/${profile.id}/edit`}>Change details</Link>
        ) : null}
        {profile.canArchive ? (
          <form action={archiveOrganisation}>
            <input type="hidden" name="organisationId" value={profile.id} />
            <input type="hidden" name="archived" value={profile.archivedAt ? "false" : "true"} />
            <button
              type="submit"
              className="cursor-pointer text-nhs-blue underline hover:no-underline"
            >
              {profile.archivedAt ? "Restore organisation" : "Archive organisation"}
            </button>
          </form>
        ) : null}
      </div>
      {profile.archivedAt ? (
        <p className="nhs-card border-l-8 border-l-nhs-yellow">This organisation is archived.</p>
      ) : null}
      <dl className="nhs-card">
        <SummaryRow label="Type">{organisationTypeLabels[profile.type]}</SummaryRow>
        <SummaryRow label="ODS code">{profile.odsCode ?? "Not recorded"}</SummaryRow>
        <SummaryRow label="Place">{profile.place.name}</SummaryRow>
        <SummaryRow label="Size">
          {profile.sizeBand ? sizeBandLabels[profile.sizeBand] : "Not recorded"}
        </SummaryRow>
        <SummaryRow label="Address">
          {profile.address || profile.postcode
            ? [profile.address, profile.postcode].filter(Boolean).join(", ")
            : "Not recorded"}
        </SummaryRow>
        <SummaryRow label="Website">
          {profile.website ? <a href={profile.website}>{profile.website}</a> : "Not recorded"}
        </SummaryRow>
      </dl>

      <OrganisationEngagementSection organisationId={profile.id} />
      <OrganisationCommitmentsSection organisationId={profile.id} organisationName={profile.name} />
      <OrganisationInteractionsSection
        organisationId={profile.id}
        organisationName={profile.name}
      />

      {profile.canSeeDataNeeds ? (
        <section aria-labelledby="data-needs-heading" className="mb-8">
          <h2 id="data-needs-heading">Data needs</h2>
          <p>
            <Link href={`/organisations/${profile.id}/data-needs`}>
              Data needs of {profile.name}, and what others need from it
            </Link>
          </p>
        </section>
      ) : null}

      {profile.canSeeMaturityResults ? (
        <section aria-labelledby="maturity-heading" className="mb-8">
          <h2 id="maturity-heading">Digital maturity</h2>
          <p>
            <Link href={`/organisations/${profile.id}/maturity`}>
              Digital maturity results of {profile.name}
            </Link>
          </p>
        </section>
      ) : null}

      <SystemsSection profile={profile} />
      {afterSystems}
      <ContactsSection profile={profile} />
      <OrganisationAgreementsSection organisationId={profile.id} organisationName={profile.name} />

      <h2>Members</h2>
      {profile.memberships.length === 0 ? (
        <p>Nobody from this organisation has joined yet.</p>
      ) : (
        <ul className="mb-8 list-disc pl-6">
          {profile.memberships.map(({ id, user, role }) => (
            <li key={user.id}>
              {user.name}
              {user.jobTitle ? `, ${user.jobTitle}` : ""} ({membershipRoleLabels[role]})
              <MemberActions
                organisationId={profile.id}
                organisationName={profile.name}
                membershipId={id}
                role={role}
                person={user}
              />
            </li>
          ))}
        </ul>
      )}

      {profile.archivedAt ? null : (
        <InvitationsSection organisationId={profile.id} notice={notice} />
      )}
    </>
  );
}
