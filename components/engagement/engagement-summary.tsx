import type { OrganisationEngagement } from "@/lib/engagement/get-engagement";
import { SummaryRow } from "@/components/ui/summary-row";
import {
  engagementApproachLabels,
  engagementLevelLabels,
  stakeholderRatingLabels,
} from "@/lib/engagement/labels";

/** Where an organisation stands: levels, influence and interest, approach, champion, sponsor. */
export function EngagementSummary({ engagement }: { engagement: OrganisationEngagement }) {
  const rating = (value: OrganisationEngagement["influence"]) =>
    value ? stakeholderRatingLabels[value] : "Not assessed";
  return (
    <dl className="nhs-card" data-testid="engagement-summary">
      <SummaryRow label="Engagement now">
        {engagementLevelLabels[engagement.engagementCurrent]}
      </SummaryRow>
      <SummaryRow label="Aim">
        {engagement.engagementDesired
          ? engagementLevelLabels[engagement.engagementDesired]
          : "Not set"}
      </SummaryRow>
      <SummaryRow label="Influence">{rating(engagement.influence)}</SummaryRow>
      <SummaryRow label="Interest">{rating(engagement.interest)}</SummaryRow>
      <SummaryRow label="Approach">
        {engagement.engagementApproach
          ? engagementApproachLabels[engagement.engagementApproach]
          : "Not decided"}
      </SummaryRow>
      <SummaryRow label="Champion">{engagement.championName ?? "Nobody named"}</SummaryRow>
      <SummaryRow label="Executive sponsor">{engagement.sponsorName ?? "Nobody named"}</SummaryRow>
    </dl>
  );
}
