import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { formatDay } from "@/lib/maturity/labels";
import type { RoundRow } from "@/lib/maturity/rounds/list-rounds";

/** Rounds with their framework, dates and how many assessments are in. */
export function RoundsTable({ caption, rounds }: { caption: string; rounds: RoundRow[] }) {
  return (
    <ScrollRegion label={caption}>
      <table className="nhs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Framework</th>
            <th scope="col">Opens</th>
            <th scope="col">Closes</th>
            <th scope="col">Submitted</th>
            <th scope="col">Validated</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row" className="font-normal">
                <Link href={`/maturity/rounds/${round.id}`}>{round.name}</Link>
              </th>
              <td>
                {round.frameworkName} (version {round.frameworkVersion})
              </td>
              <td>{formatDay(round.opensOn)}</td>
              <td>{formatDay(round.closesOn)}</td>
              <td>{`${round.completed} of ${round.assessments}`}</td>
              <td>{`${round.validated} of ${round.assessments}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
