import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import type { CommitmentRow } from "@/lib/commitments/list-commitments";

import { CommitmentStatusTag } from "./commitment-status-tag";

const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

const proof = (row: CommitmentRow) =>
  row.agreementId
    ? "Agreement"
    : row.assessmentId
      ? "Assessment"
      : row.pathwayId
        ? "Pathway"
        : row.flowId
          ? "Pathway flow"
          : "None";

/** Commitments in a table: what, whose, by when, where it stands. */
export function CommitmentsTable({
  rows,
  caption,
  empty,
  showOrganisation = true,
}: {
  rows: CommitmentRow[];
  caption: string;
  empty: string;
  showOrganisation?: boolean;
}) {
  if (rows.length === 0) return <p>{empty}</p>;
  const captionId = showOrganisation ? "commitments-caption" : "organisation-commitments-caption";
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="nhs-table text-base">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Commitment</th>
            {showOrganisation ? <th scope="col">Organisation</th> : null}
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">Proved by</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="commitment-row">
              <td>
                <Link prefetch={false} href={`/commitments/${row.id}`}>
                  {row.title}
                </Link>
              </td>
              {showOrganisation ? <td>{row.organisation.name}</td> : null}
              <td>{row.owner?.name ?? "Nobody yet"}</td>
              <td className="whitespace-nowrap">{dayFormat.format(row.dueOn)}</td>
              <td>{proof(row)}</td>
              <td>
                <CommitmentStatusTag status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
