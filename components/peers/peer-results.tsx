import Link from "@/components/ui/link";

import { messageHref } from "@/lib/lessons/labels";
import type { PeerResults } from "@/lib/peers/find-peers";

/** The peer finder's answer: organisations, then people, each with why they are shown. */
export function PeerResultsView({ results }: { results: PeerResults }) {
  if (!results.asked) {
    return <p>Choose a dimension, a system, a role or type a question to see who could help.</p>;
  }
  return (
    <>
      <section aria-labelledby="peer-organisations-heading" className="mb-8">
        <h2 id="peer-organisations-heading">Organisations</h2>
        {results.organisations.length === 0 ? (
          <p>No organisation matches yet.</p>
        ) : (
          <ol className="list-none pl-0">
            {results.organisations.map((organisation) => (
              <li key={organisation.id} className="nhs-card mb-4">
                <h3 className="mb-2 text-lg">
                  <Link href={`/organisations/${organisation.id}`}>{organisation.name}</Link>
                </h3>
                <ul className="mb-0">
                  {organisation.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="peer-people-heading" className="mb-8">
        <h2 id="peer-people-heading">People</h2>
        <p>Only people who chose to be found appear here. Contact them by private message.</p>
        {results.people.length === 0 ? (
          <p>Nobody who chose to be found matches yet.</p>
        ) : (
          <ol className="list-none pl-0">
            {results.people.map((person) => (
              <li key={person.id} className="nhs-card mb-4">
                <h3 className="mb-1 text-lg">{person.name}</h3>
                <p className="mb-2">
                  {[person.jobTitle, person.organisationName].filter(Boolean).join(", ")}
                </p>
                {person.canHelpWith ? (
                  <p className="mb-2">Can help with: {person.canHelpWith}</p>
                ) : null}
                <ul>
                  {person.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
                <p className="mb-0">
                  <Link href={messageHref(person.id)}>Send {person.name} a private message</Link>
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
