import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { InviteForm } from "@/components/invitations/invite-form";
import { requireActor } from "@/lib/auth/require-actor";
import { invitationPolicy } from "@/lib/invitations/policy";
import { getOrganisationHeading } from "@/lib/organisations/get-organisation-heading";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Invite someone" };

export default async function InvitePage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/invite`);
  const organisation = await getOrganisationHeading(actor, organisationId);
  if (!organisation) notFound();
  if (!invitationPolicy.canInvite(actor, organisation.id)) {
    await denyAccess(actor, "invitation.create");
  }
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${organisation.id}`}>Back to {organisation.name}</Link>
      </p>
      <h1>Invite someone to {organisation.name}</h1>
      <p>
        We email them a link to join. The link works once and lasts 7 days. Someone new chooses a
        password through it, or signs in with their organisation&apos;s account.
      </p>
      <InviteForm organisationId={organisation.id} />
    </div>
  );
}
