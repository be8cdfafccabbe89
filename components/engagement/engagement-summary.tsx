import type { ReactNode } from "react";

import type { OrganisationEngagement } from "@/lib/engagement/get-engagement";
import {
  engagementApproachLabels,
  engagementLevelLabels,
  stakeholderRatingLabels,
} from "@/lib/engagement/labels";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Where an organisation stands: levels, influence and interest, approach, champion, sponsor. */
export function EngagementSummary({ engagement }: { engagement: OrganisationEngagement }) {
  const rating = (value: OrganisationEngagement["influence"]) =>
    value ? stakeholderRatingLabels[value] : "Not assessed";
  return (
    <dl className="nhs-card" data-testid="engagement-summary">
      <Row label="Engagement now">{engagementLevelLabels[engagement.engagementCurrent]}</Row>
      <Row label="Aim">
        {engagement.engagementDesired
          ? engagementLevelLabels[engagement.engagementDesired]
          : "Not set"}
      </Row>
      <Row label="Influence">{rating(engagement.influence)}</Row>
      <Row label="Interest">{rating(engagement.interest)}</Row>
      <Row label="Approach">
        {engagement.engagementApproach
          ? engagementApproachLabels[engagement.engagementApproach]
          : "Not decided"}
      </Row>
      <Row label="Champion">{engagement.championName ?? "Nobody named"}</Row>
      <Row label="Executive sponsor">{engagement.sponsorName ?? "Nobody named"}</Row>
    </dl>
  );
}
