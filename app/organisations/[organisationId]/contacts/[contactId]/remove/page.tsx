import { notFound } from "next/navigation";

import { RemoveConfirmation } from "@/components/organisations/remove-confirmation";
import { requireActor } from "@/lib/auth/require-actor";
import { getKeyContact } from "@/lib/organisations/get-key-contact";
import { organisationPolicy } from "@/lib/organisations/policy";
import { denyAccess } from "@/lib/server/deny-access";
import { isId } from "@/lib/validation/ids";

import { removeContact } from "../../actions";

export const metadata = { title: "Remove a key contact" };

export default async function RemoveContactPage({
  params,
}: {
  params: Promise<{ organisationId: string; contactId: string }>;
}) {
  const { organisationId, contactId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/contacts/${contactId}/remove`);
  if (!isId(organisationId)) notFound();
  if (!organisationPolicy.canManageContacts(actor, organisationId)) {
    await denyAccess(actor, "contact.remove");
  }
  const contact = await getKeyContact(actor, organisationId, contactId);
  if (!contact) notFound();
  return (
    <RemoveConfirmation
      heading={`Remove ${contact.name} from the key contacts of ${contact.organisation.name}?`}
      profileHref={`/organisations/${contact.organisation.id}`}
      organisationName={contact.organisation.name}
      action={removeContact}
      hiddenFields={{ organisationId: contact.organisation.id, contactId: contact.id }}
      buttonLabel="Remove contact"
    >
      <div className="nhs-card">
        <p className="mb-0 font-bold">{contact.name}</p>
        <p className="mb-0">{contact.role}</p>
        {contact.email ? <p className="mb-0">{contact.email}</p> : null}
        {contact.phone ? <p className="mb-0">{contact.phone}</p> : null}
      </div>
    </RemoveConfirmation>
  );
}
