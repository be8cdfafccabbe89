import Link from "next/link";

import { getActor } from "@/lib/auth/get-actor";
import { getOrganisationEngagement } from "@/lib/engagement/get-engagement";

import { EngagementSummary } from "./engagement-summary";

/** The profile's summary of an organisation's engagement, with a link to its page and history. */
export async function OrganisationEngagementSection({
  organisationId,
}: {
  organisationId: string;
}) {
  const actor = await getActor();
  if (!actor) return null;
  const engagement = await getOrganisationEngagement(actor, organisationId);
  if (!engagement) return null;
  const latest = engagement.history?.[0];
  return (
    <section aria-labelledby="engagement-heading" className="mb-8">
      <h2 id="engagement-heading">Engagement</h2>
      <EngagementSummary engagement={engagement} />
      {latest ? (
        <p>
          Last changed by {latest.changedBy?.name ?? "someone whose account was removed"}:{" "}
          {latest.reason}
        </p>
      ) : null}
      <p>
        <Link href={`/organisations/${engagement.id}/engagement`}>
          {engagement.canEdit ? "Change engagement" : "Engagement"}
          {engagement.history ? " and its history" : ""}
          <span className="sr-only"> of {engagement.name}</span>
        </Link>
      </p>
    </section>
  );
}
