import Link from "@/components/ui/link";

import type { OrganisationProfile } from "@/lib/organisations/get-organisation-profile";

/** Who to talk to at an organisation, with add, change and remove for those who may. */
export function ContactsSection({ profile }: { profile: OrganisationProfile }) {
  const base = `/organisations/${profile.id}/contacts`;
  const manage = profile.canManageContacts;
  return (
    <section aria-labelledby="contacts-heading" className="mb-8">
      <h2 id="contacts-heading">Key contacts</h2>
      {profile.contacts.length === 0 ? (
        <p>No key contacts recorded yet.</p>
      ) : (
        <ul className="mb-4 list-none" aria-label="Key contacts">
          {profile.contacts.map((contact) => (
            <li key={contact.id} className="nhs-card mb-4">
              <span className="block font-bold">{contact.name}</span>
              <span className="block">{contact.role}</span>
              {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
              {contact.phone ? <span className="block">{contact.phone}</span> : null}
              {manage ? (
                <span className="mt-2 flex flex-wrap gap-x-4">
                  <Link href={`${base}/${contact.id}/edit`}>
                    Change<span className="sr-only"> {contact.name}</span>
                  </Link>
                  <Link href={`${base}/${contact.id}/remove`}>
                    Remove<span className="sr-only"> {contact.name}</span>
                  </Link>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {manage ? <Link href={`${base}/new`}>Add a key contact</Link> : null}
    </section>
  );
}
