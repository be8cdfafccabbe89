import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache, type ReactNode } from "react";

import { AuditTable } from "@/components/audit/audit-table";
import { AccountStatusControl } from "@/components/people/account-status-control";
import { MembershipControls } from "@/components/people/membership-controls";
import { PlatformRoleForm } from "@/components/people/platform-role-form";
import { auditHref } from "@/lib/audit/audit-links";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { nameAuditRecords } from "@/lib/audit/name-audit-records";
import { isPlatformAdmin } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { denyAccess } from "@/lib/server/deny-access";
import { getPerson, type Person } from "@/lib/users/get-person";
import { userPolicy } from "@/lib/users/policy";
import { accountStatusLabels, membershipRoleLabels, platformRoleLabels } from "@/lib/users/types";

// The page and its title both need the person: one query per request serves both.
const loadPerson = cache(async (userId: string) => {
  const actor = await requireActor(`/people/${userId}`);
  return { actor, person: userPolicy.canBrowse(actor) ? await getPerson(actor, userId) : null };
});

type Props = { params: Promise<{ userId: string }> };

export async function generateMetadata({ params }: Props) {
  const { person } = await loadPerson((await params).userId);
  return { title: person?.name ?? "Person" };
}

const RECENT_EVENTS = 10;

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd className="break-all">{children}</dd>
    </div>
  );
}

function signInMethod(person: Person): string {
  const methods = [
    ...(person.hasPassword ? ["Password"] : []),
    ...(person.usesSingleSignOn ? ["Single sign-on"] : []),
  ];
  return methods.length > 0 ? methods.join(" and ") : "Not yet: the invitation is not accepted";
}

export default async function PersonPage({ params }: Props) {
  const { actor, person } = await loadPerson((await params).userId);
  if (!userPolicy.canBrowse(actor)) await denyAccess(actor, "people.view");
  if (!person) notFound();
  const history = await listAuditEvents(
    actor,
    { entityType: "User", entityId: person.id, page: 1 },
    { pageSize: RECENT_EVENTS },
  );

  return (
    <>
      <p className="mb-2">
        <Link href="/people">Back to people</Link>
      </p>
      <h1>{person.name}</h1>
      {person.disabledAt ? (
        <p className="nhs-card border-l-8 border-l-nhs-red font-bold">
          This account is disabled. Its owner cannot sign in.
        </p>
      ) : null}
      <dl className="nhs-card">
        <SummaryRow label="Email address">{person.email}</SummaryRow>
        <SummaryRow label="Job title">{person.jobTitle ?? "Not recorded"}</SummaryRow>
        <SummaryRow label="Platform role">{platformRoleLabels[person.role]}</SummaryRow>
        <SummaryRow label="Account">{accountStatusLabels[person.status]}</SummaryRow>
        <SummaryRow label="Signs in with">{signInMethod(person)}</SummaryRow>
        <SummaryRow label="Account created (UTC)">
          {person.createdAt.toISOString().slice(0, 10)}
        </SummaryRow>
      </dl>

      <section aria-labelledby="role-heading" className="mb-12 max-w-[720px]">
        <h2 id="role-heading">Platform role</h2>
        {person.canChangeRole ? (
          <PlatformRoleForm userId={person.id} role={person.role} />
        ) : (
          <p>
            {person.isSelf
              ? "You cannot change your own platform role. Ask another platform admin."
              : isPlatformAdmin(actor)
                ? "You cannot change this person's platform role."
                : "Only platform admins change platform roles."}
          </p>
        )}
      </section>

      <section aria-labelledby="account-heading" className="mb-12 max-w-[720px]">
        <h2 id="account-heading">Account</h2>
        {person.canDisable ? (
          <AccountStatusControl
            userId={person.id}
            name={person.name}
            disabled={person.disabledAt !== null}
          />
        ) : (
          <p>
            {person.isSelf
              ? "You cannot disable your own account."
              : "Only platform admins can disable or enable the accounts of programme leads and platform admins."}
          </p>
        )}
      </section>

      <section aria-labelledby="organisations-heading" className="mb-12">
        <h2 id="organisations-heading">Organisations</h2>
        {person.memberships.length === 0 ? (
          <p>{`${person.name} does not act for any organisation.`}</p>
        ) : (
          <table className="nhs-table">
            <caption className="sr-only">{`Organisations ${person.name} acts for`}</caption>
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Role</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {person.memberships.map((membership) => (
                <tr key={membership.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`/organisations/${membership.organisation.id}`}>
                      {membership.organisation.name}
                    </Link>
                    {membership.organisation.archivedAt ? " (archived)" : ""}
                  </th>
                  <td>{membershipRoleLabels[membership.role]}</td>
                  <td>
                    {membership.canManage ? (
                      <MembershipControls
                        membershipId={membership.id}
                        role={membership.role}
                        personName={person.name}
                        organisationName={membership.organisation.name}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Recent history</h2>
        {history.events.length === 0 ? (
          <p>Nothing has been recorded about this account yet.</p>
        ) : (
          <AuditTable
            events={history.events}
            names={await nameAuditRecords(actor, history.events)}
            caption={`The latest audit records about ${person.name}`}
          />
        )}
        <p className="mt-4">
          <Link href={auditHref({ entityType: "User", entityId: person.id })}>
            See the whole history in the audit trail
          </Link>
        </p>
      </section>
    </>
  );
}
