import Link from "@/components/ui/link";

import { getActor } from "@/lib/auth/get-actor";
import { listOrganisationInteractions } from "@/lib/interactions/list-interactions";

import { InteractionsTable } from "./interactions-table";

/**
 * An organisation's most recent interactions on its profile, for those who may see them (leads
 * and its members); nothing for anyone else.
 */
export async function OrganisationInteractionsSection({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const actor = await getActor();
  if (!actor) return null;
  const rows = await listOrganisationInteractions(actor, organisationId);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="interactions-heading" className="mb-8">
      <h2 id="interactions-heading">Recent interactions</h2>
      <InteractionsTable
        rows={rows}
        caption={`Recent interactions with ${organisationName}`}
        empty=""
      />
      <p>
        <Link href={`/interactions?organisation=${organisationId}`}>
          Every interaction with {organisationName}
        </Link>
      </p>
    </section>
  );
}
