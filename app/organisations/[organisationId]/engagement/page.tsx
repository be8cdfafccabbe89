import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { EngagementForm } from "@/components/engagement/engagement-form";
import { EngagementHistory } from "@/components/engagement/engagement-history";
import { EngagementSummary } from "@/components/engagement/engagement-summary";
import { requireActor } from "@/lib/auth/require-actor";
import { getOrganisationEngagement } from "@/lib/engagement/get-engagement";
import { personValue } from "@/lib/engagement/schemas";

export const metadata = { title: "Engagement" };

export default async function OrganisationEngagementPage({
  params,
}: {
  params: Promise<{ organisationId: string }>;
}) {
  const { organisationId } = await params;
  const actor = await requireActor(`/organisations/${organisationId}/engagement`);
  const engagement = await getOrganisationEngagement(actor, organisationId);
  if (!engagement) notFound();
  return (
    <div className="max-w-[960px]">
      <p className="mb-2">
        <Link href={`/organisations/${engagement.id}`}>Back to {engagement.name}</Link>
      </p>
      <h1>Engagement of {engagement.name}</h1>
      {engagement.canEdit && engagement.peopleOptions ? (
        <>
          <p>
            Where the organisation stands with the programme, where it should be, and who speaks for
            it. Every change goes in the history below with your reason.
          </p>
          <EngagementForm
            organisationId={engagement.id}
            peopleOptions={engagement.peopleOptions}
            defaults={{
              engagementCurrent: engagement.engagementCurrent,
              engagementDesired: engagement.engagementDesired ?? "",
              influence: engagement.influence ?? "",
              interest: engagement.interest ?? "",
              engagementApproach: engagement.engagementApproach ?? "",
              champion: personValue(engagement.champion),
              sponsor: personValue(engagement.sponsor),
              reason: "",
            }}
          />
        </>
      ) : (
        <EngagementSummary engagement={engagement} />
      )}
      {engagement.history ? (
        <section aria-labelledby="history-heading" className="mb-8">
          <h2 id="history-heading">History</h2>
          <EngagementHistory history={engagement.history} organisationName={engagement.name} />
        </section>
      ) : null}
    </div>
  );
}
