import type { AgreementStatus } from "@/lib/generated/prisma/enums";
import { organisationTypeName } from "@/lib/organisations/types";

import type { CoverageGap, CoverageVerdict, FlowCoverage } from "./coverage";

// Coverage in words a programme lead can act on: which agreement, and what it still lacks.

export const coverageVerdictLabels: Record<CoverageVerdict, string> = {
  COVERED: "Covered",
  AT_RISK: "At risk",
  NOT_COVERED: "Not covered",
  NOT_NEEDED: "No agreement needed",
};

/** Worst first. */
export const coverageVerdictOrder: CoverageVerdict[] = [
  "NOT_COVERED",
  "AT_RISK",
  "COVERED",
  "NOT_NEEDED",
];

/** An agreement's status in running text ("awaiting signatures"). */
export const agreementStatusWords: Record<AgreementStatus, string> = {
  DRAFT: "draft",
  IN_REVIEW: "in review",
  AWAITING_SIGNATURES: "awaiting signatures",
  ACTIVE: "active",
  REVIEW_DUE: "review due",
  EXPIRED: "expired",
  TERMINATED: "terminated",
  SUPERSEDED: "superseded",
};

export const agreementStatusLabel = (status: AgreementStatus) => {
  const words = agreementStatusWords[status];
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** How to name what a gap mentions; unknown ids fall back to a neutral phrase. */
export interface CoverageNames {
  organisation: (id: string) => string | undefined;
  category: (id: string) => string | undefined;
}

const day = (date: Date) =>
  date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** One gap as a clause: "Moorside Surgery is not a party". */
export function describeGap(gap: CoverageGap, names: CoverageNames): string {
  switch (gap.kind) {
    case "party":
      return `${names.organisation(gap.organisationId) ?? "one of the flow's organisations"} is not a party`;
    case "category":
      return `${names.category(gap.dataCategoryId) ?? "one of the flow's kinds of data"} is not among its data`;
    case "type-lane":
      return `the ${gap.end === "from" ? "sending" : "receiving"} lane is any ${organisationTypeName(gap.organisationType)}, which no named party can cover`;
    case "status":
      return `it is ${agreementStatusWords[gap.status]}, not active`;
    case "expiring":
      return `it ends on ${day(gap.endDate)}`;
  }
}

const joinClauses = (clauses: string[]) =>
  clauses.length <= 1
    ? (clauses[0] ?? "")
    : `${clauses.slice(0, -1).join("; ")} and ${clauses[clauses.length - 1]}`;

/**
 * The coverage of a flow in one sentence. `agreementVisible` false leaves the agreement's
 * reference out (the reader may not see that agreement), keeping the verdict and the gaps.
 */
export function describeCoverage(
  coverage: FlowCoverage,
  names: CoverageNames,
  agreementVisible = true,
): string {
  const named = coverage.agreement
    ? agreementVisible
      ? `${coverage.agreement.reference} (${coverage.agreement.title})`
      : "an agreement of other organisations"
    : "";
  const gaps = joinClauses(coverage.gaps.map((gap) => describeGap(gap, names)));
  switch (coverage.verdict) {
    case "NOT_NEEDED":
      return "The data stays within one organisation, so no sharing agreement is needed.";
    case "COVERED":
      return `An active data sharing agreement covers this flow: ${named}.`;
    case "AT_RISK":
      return `The nearest agreement, ${named}, does not yet cover this flow: ${gaps}.`;
    case "NOT_COVERED":
      return gaps
        ? `No data sharing agreement covers this flow: ${gaps}.`
        : "No data sharing agreement covers this flow.";
  }
}
