import { ScrollRegion } from "@/components/layout/scroll-region";
import type { OrganisationEngagement } from "@/lib/engagement/get-engagement";
import { engagementLevelLabels } from "@/lib/engagement/labels";

const dateFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "Europe/London",
});

type Level = OrganisationEngagement["engagementCurrent"];

const change = (from: Level | null, to: Level | null) => {
  const shown = (level: Level | null) => (level ? engagementLevelLabels[level] : "not set");
  return from === to ? shown(to) : `${shown(from)} to ${shown(to)}`;
};

/** Who changed an organisation's engagement, when and why, newest first. */
export function EngagementHistory({
  history,
  organisationName,
}: {
  history: NonNullable<OrganisationEngagement["history"]>;
  organisationName: string;
}) {
  if (history.length === 0) {
    return <p>Nobody has changed the engagement of {organisationName} yet.</p>;
  }
  return (
    <ScrollRegion labelledBy="engagement-history-caption">
      <table className="nhs-table text-base">
        <caption id="engagement-history-caption" className="sr-only">
          Changes to the engagement of {organisationName}
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Now</th>
            <th scope="col">Aim</th>
            <th scope="col">Why</th>
            <th scope="col">Who</th>
          </tr>
        </thead>
        <tbody>
          {history.map((entry) => (
            <tr key={entry.id} data-testid="engagement-change">
              <td>{dateFormat.format(entry.changedAt)}</td>
              <td>{change(entry.fromCurrent, entry.toCurrent)}</td>
              <td>{change(entry.fromDesired, entry.toDesired)}</td>
              <td className="whitespace-pre-line">{entry.reason}</td>
              <td>{entry.changedBy?.name ?? "Someone whose account was removed"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
