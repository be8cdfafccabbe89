import Link from "@/components/ui/link";

import { getActor } from "@/lib/auth/get-actor";
import { listOrganisationCommitments } from "@/lib/commitments/list-commitments";
import { commitmentPolicy } from "@/lib/commitments/policy";

import { CommitmentsTable } from "./commitments-table";

/** An organisation's commitments on its profile, for leads and its members. */
export async function OrganisationCommitmentsSection({
  organisationId,
  organisationName,
}: {
  organisationId: string;
  organisationName: string;
}) {
  const actor = await getActor();
  if (!actor) return null;
  const rows = await listOrganisationCommitments(actor, organisationId);
  const canRecord = commitmentPolicy.canRecordFor(actor, organisationId);
  if (rows.length === 0 && !canRecord) return null;
  return (
    <section aria-labelledby="commitments-heading" className="mb-8">
      <h2 id="commitments-heading">Commitments</h2>
      <CommitmentsTable
        rows={rows}
        caption={`Commitments of ${organisationName}`}
        empty={`${organisationName} has no commitments recorded.`}
        showOrganisation={false}
      />
      <ul className="list-none pl-0">
        {rows.length > 0 ? (
          <li>
            <Link href={`/commitments?organisation=${organisationId}`}>
              Every commitment of {organisationName}
            </Link>
          </li>
        ) : null}
        {canRecord ? (
          <li>
            <Link href={`/commitments/new?organisation=${organisationId}`}>
              Record a commitment of {organisationName}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
