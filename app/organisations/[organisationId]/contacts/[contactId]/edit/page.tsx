import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { ContactForm } from "@/components/organisations/contact-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getKeyContact } from "@/lib/organisations/get-key-contact";
import { organisationPolicy } from "@/lib/organisations/policy";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

export const metadata = { title: "Change a key contact" };

export default async function ChangeContactPage({
  params,
}: {
  params: Promise<{ organisationId: string; contactId: string }>;
}) {
  const { organisationId, contactId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/contacts/${contactId}/edit`);
  if (!isId(organisationId)) notFound();
  if (!organisationPolicy.canManageContacts(actor, organisationId)) {
    await denyAccess(actor, "contact.update");
  }
  const contact = await getKeyContact(actor, organisationId, contactId);
  if (!contact) notFound();
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={`/organisations/${contact.organisation.id}`}>
          Back to {contact.organisation.name}
        </Link>
      </p>
      <h1>
        Change {contact.name} at {contact.organisation.name}
      </h1>
      <ContactForm
        organisationId={contact.organisation.id}
        contactId={contact.id}
        defaults={{
          name: contact.name,
          role: contact.role,
          email: contact.email ?? "",
          phone: contact.phone ?? "",
        }}
      />
    </div>
  );
}
