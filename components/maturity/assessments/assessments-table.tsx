import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";
import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { formatDay } from "@/lib/maturity/labels";

import { progressText, StatusTag } from "./status-tag";

export interface AssessmentRow {
  id: string;
  status: AssessmentStatus;
  submittedAt: Date | null;
  answered: number;
  questions: number;
  organisation: { name: string };
  round?: { name: string; closesOn: Date };
}

/**
 * Assessments with their status and progress: by round (an organisation's in-tray) or by
 * organisation (a round's list). Each links to its overview.
 */
export function AssessmentsTable({
  caption,
  rows,
  by,
}: {
  caption: string;
  rows: AssessmentRow[];
  by: "round" | "organisation";
}) {
  return (
    <ScrollRegion label={caption}>
      <table className="nhs-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{by === "round" ? "Round" : "Organisation"}</th>
            {by === "round" ? <th scope="col">Organisation</th> : null}
            <th scope="col">Status</th>
            <th scope="col">Progress</th>
            <th scope="col">{by === "round" ? "Closes" : "Submitted"}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="font-normal">
                <Link href={`/maturity/assessments/${row.id}`}>
                  {by === "round" && row.round ? row.round.name : row.organisation.name}
                  {by === "round" ? (
                    <span className="sr-only">{` for ${row.organisation.name}`}</span>
                  ) : null}
                </Link>
              </th>
              {by === "round" ? <td>{row.organisation.name}</td> : null}
              <td>
                <StatusTag status={row.status} />
              </td>
              <td>{progressText(row.answered, row.questions)}</td>
              <td>
                {by === "round" && row.round
                  ? formatDay(row.round.closesOn)
                  : row.submittedAt
                    ? formatDay(row.submittedAt)
                    : "Not yet"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
