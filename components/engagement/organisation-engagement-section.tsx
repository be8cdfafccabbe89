import Link from "@/components/ui/link";

import { getActor } from "@/lib/auth/get-actor";
import { getOrganisationEndorsements } from "@/lib/charter/get-charter";
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
  const engagement = await getOrganisationEngagement(actor, organisationId, { summary: true });
  if (!engagement) return null;
  const latest = engagement.history?.[0];
  const charter = await getOrganisationEndorsements(engagement.id);
  const endorsed = charter.endorsements[0];
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
      <p data-testid="charter-endorsement">
        <strong>Charter: </strong>
        {endorsed ? (
          <>
            <strong className="nhs-tag nhs-tag-green">
              Endorsed v{endorsed.charterVersion.number}
            </strong>
            {charter.currentNumber !== null &&
            endorsed.charterVersion.number < charter.currentNumber
              ? ` (the current version is ${charter.currentNumber})`
              : ""}
          </>
        ) : (
          "Not endorsed"
        )}{" "}
        <Link href="/charter">Read the charter</Link>
      </p>
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
