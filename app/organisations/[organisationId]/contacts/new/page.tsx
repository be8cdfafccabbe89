import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { ContactForm } from "@/components/organisations/contact-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getOrganisationHeading } from "@/lib/organisations/get-organisation-heading";
import { organisationPolicy } from "@/lib/organisations/policy";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Add a key contact" };

export default async function AddContactPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/contacts/new`);
  const organisation = await getOrganisationHeading(actor, organisationId);
  if (!organisation) notFound();
  if (!organisationPolicy.canManageContacts(actor, organisation.id)) {
    await denyAccess(actor, "contact.add");
  }
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${organisation.id}`}>Back to {organisation.name}</Link>
      </p>
      <h1>Add a key contact at {organisation.name}</h1>
      <p>Someone the coalition can talk to about the programme. Everyone signed in can see them.</p>
      <ContactForm
        organisationId={organisation.id}
        defaults={{ name: "", role: "", email: "", phone: "" }}
      />
    </div>
  );
}
