import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { interactionKindLabels, sentimentLabels, sentimentTags } from "@/lib/interactions/labels";
import type { InteractionRow } from "@/lib/interactions/list-interactions";

export const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

const shorten = (text: string) => (text.length > 140 ? `${text.slice(0, 140)}…` : text);

/** Interactions in a table: when, what, with whom, how it went. */
export function InteractionsTable({
  rows,
  caption,
  empty,
}: {
  rows: InteractionRow[];
  caption: string;
  empty: string;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  const captionId = `interactions-caption-${caption.length}`;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="nhs-table text-base">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Interaction</th>
            <th scope="col">Organisations</th>
            <th scope="col">Sentiment</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="interaction-row">
              <td className="whitespace-nowrap">{dayFormat.format(row.occurredOn)}</td>
              <td>
                <Link prefetch={false} href={`/interactions/${row.id}`}>
                  {interactionKindLabels[row.kind]}
                </Link>
                <span className="block text-sm">{shorten(row.summary)}</span>
                {row.commitmentCount > 0 ? (
                  <span className="block text-sm">
                    {row.commitmentCount} {row.commitmentCount === 1 ? "commitment" : "commitments"}
                  </span>
                ) : null}
              </td>
              <td>{row.organisations.map((o) => o.organisation.name).join(", ")}</td>
              <td>
                <strong className={`nhs-tag ${sentimentTags[row.sentiment]}`}>
                  {sentimentLabels[row.sentiment]}
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
