import { type ReadinessSummary as Summary, readinessOrder } from "@/lib/pathways/readiness";

import { ReadinessTag } from "./readiness-tag";

/** How many flows are ready, at risk and blocked, and the reasons, most damaging first. */
export function ReadinessSummary({ summary }: { summary: Summary }) {
  const total = summary.counts.READY + summary.counts.AT_RISK + summary.counts.BLOCKED;
  return (
    <section aria-labelledby="readiness-heading" className="nhs-card">
      <h2 id="readiness-heading">Readiness</h2>
      {total === 0 ? (
        <p className="mb-0">This pathway has no information flows yet.</p>
      ) : (
        <>
          <ul className="mb-4 flex flex-wrap gap-6" aria-label="Flows by readiness">
            {readinessOrder.map((status) => (
              <li key={status}>
                <ReadinessTag status={status} />{" "}
                <span data-testid={`readiness-${status}`}>
                  {summary.counts[status]} {summary.counts[status] === 1 ? "flow" : "flows"}
                </span>
              </li>
            ))}
          </ul>
          {summary.reasons.length > 0 ? (
            <>
              <h3>Where the pathway will break</h3>
              <ul className="mb-0 list-disc pl-6">
                {summary.reasons.map((reason) => (
                  <li key={`${reason.outcome}:${reason.reason}`}>
                    <strong>{reason.outcome === "block" ? "Blocks" : "Risks"}</strong>{" "}
                    {reason.flows} {reason.flows === 1 ? "flow" : "flows"}: {reason.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mb-0">Every flow is ready.</p>
          )}
        </>
      )}
    </section>
  );
}
