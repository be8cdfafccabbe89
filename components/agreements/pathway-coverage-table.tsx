import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";

import type { CoverageRow } from "@/lib/agreements/coverage/coverage-rows";

import { CoverageTag } from "./coverage-tag";

/** A pathway's flows against the data sharing agreements that cover them, worst first. */
export function PathwayCoverageTable({ rows }: { rows: readonly CoverageRow[] }) {
  if (rows.length === 0)
    return <p className="nhs-card">This pathway has no information flows yet.</p>;
  return (
    <ScrollRegion labelledBy="coverage-caption">
      <table className="nhs-table text-base">
        <caption id="coverage-caption">Flows and the agreements that cover them</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Data</th>
            <th scope="col">Coverage</th>
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.flowId} data-testid="coverage-row" data-verdict={row.verdict}>
              <td>
                {row.fromStep}
                <span className="block text-sm nhs-secondary-text">{row.fromLane}</span>
              </td>
              <td>
                {row.toStep}
                <span className="block text-sm nhs-secondary-text">{row.toLane}</span>
              </td>
              <td>{row.data}</td>
              <td>
                <CoverageTag verdict={row.verdict} />
                <p className="mt-1 mb-0 text-sm">{row.reason}</p>
              </td>
              <td>
                {row.agreement ? (
                  <>
                    <Link prefetch={false} href={`/agreements/${row.agreement.id}`}>
                      {row.agreement.reference}
                    </Link>
                    <span className="block text-sm">{row.agreement.title}</span>
                    <span className="block text-sm nhs-secondary-text">{row.agreement.status}</span>
                  </>
                ) : (
                  <span className="nhs-secondary-text">None you can open</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
