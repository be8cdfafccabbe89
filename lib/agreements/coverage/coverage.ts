import type { AgreementStatus, OrganisationType } from "@/lib/generated/prisma/enums";

// Whether a data sharing agreement covers a flow of care data. A flow is covered when an active
// agreement that lists it (or covers by rule) names both of its organisations as parties and every
// kind of data it carries. Anything short of that is at risk, naming the nearest agreement and
// what it lacks; with no agreement at all the flow is not covered. Pure: the facts come in, the
// verdict goes out, so the pathway map, readiness and the coverage views all say the same.

export type CoverageVerdict = "COVERED" | "AT_RISK" | "NOT_COVERED" | "NOT_NEEDED";

/** One end of a flow: a named organisation, or a lane that any organisation of a type may fill. */
export interface FlowEnd {
  organisationId: string | null;
  organisationType: OrganisationType;
}

export interface CoverageFlow {
  id: string;
  from: FlowEnd;
  to: FlowEnd;
  dataCategoryIds: readonly string[];
}

/** What coverage needs to know of an agreement. */
export interface CoverageAgreement {
  id: string;
  reference: string;
  title: string;
  status: AgreementStatus;
  partyOrganisationIds: readonly string[];
  dataCategoryIds: readonly string[];
  /** The flows it lists (only those the caller asked about need be here). */
  flowIds: readonly string[];
  coversByRule: boolean;
  reviewDate: Date | null;
  endDate: Date | null;
}

/** Something an agreement lacks before it covers a flow. */
export type CoverageGap =
  | { kind: "party"; organisationId: string }
  | { kind: "category"; dataCategoryId: string }
  | { kind: "type-lane"; end: "from" | "to"; organisationType: OrganisationType }
  | { kind: "status"; status: AgreementStatus }
  | { kind: "expiring"; endDate: Date };

export interface FlowCoverage {
  verdict: CoverageVerdict;
  /** The agreement that covers the flow, or the nearest one to covering it. */
  agreement: Pick<CoverageAgreement, "id" | "reference" | "title" | "status"> | null;
  gaps: CoverageGap[];
}

/** Statuses in which an agreement still counts: those after them no longer cover anything. */
export const liveAgreementStatuses: readonly AgreementStatus[] = [
  "ACTIVE",
  "REVIEW_DUE",
  "AWAITING_SIGNATURES",
  "IN_REVIEW",
  "DRAFT",
];

/** How close an agreement in each live status is to covering: nearest first. */
const statusRank = (status: AgreementStatus) => {
  const index = liveAgreementStatuses.indexOf(status);
  return index === -1 ? liveAgreementStatuses.length : index;
};

export const EXPIRING_WITHIN_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether an agreement's end date falls within the warning window (or has passed). */
export function isExpiringSoon(endDate: Date | null, now: Date): boolean {
  return endDate !== null && endDate.getTime() - now.getTime() <= EXPIRING_WITHIN_DAYS * DAY_MS;
}

/** Whether an agreement says anything about a flow: it lists it, or covers by rule. */
function concerns(agreement: CoverageAgreement, flow: CoverageFlow): boolean {
  if (agreement.flowIds.includes(flow.id)) return true;
  if (!agreement.coversByRule) return false;
  // A rule covers flows between two of its parties: named ends only, both of them parties.
  return [flow.from, flow.to].every(
    (end) =>
      end.organisationId !== null && agreement.partyOrganisationIds.includes(end.organisationId),
  );
}

function gapsOf(agreement: CoverageAgreement, flow: CoverageFlow, now: Date): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  if (agreement.status !== "ACTIVE") gaps.push({ kind: "status", status: agreement.status });
  else if (agreement.endDate && isExpiringSoon(agreement.endDate, now)) {
    gaps.push({ kind: "expiring", endDate: agreement.endDate });
  }
  const ends = [
    ["from", flow.from],
    ["to", flow.to],
  ] as const;
  const seen = new Set<string>();
  for (const [side, end] of ends) {
    if (end.organisationId === null) {
      gaps.push({ kind: "type-lane", end: side, organisationType: end.organisationType });
    } else if (
      !seen.has(end.organisationId) &&
      !agreement.partyOrganisationIds.includes(end.organisationId)
    ) {
      gaps.push({ kind: "party", organisationId: end.organisationId });
    }
    if (end.organisationId !== null) seen.add(end.organisationId);
  }
  for (const dataCategoryId of new Set(flow.dataCategoryIds)) {
    if (!agreement.dataCategoryIds.includes(dataCategoryId)) {
      gaps.push({ kind: "category", dataCategoryId });
    }
  }
  return gaps;
}

const summary = (agreement: CoverageAgreement) => ({
  id: agreement.id,
  reference: agreement.reference,
  title: agreement.title,
  status: agreement.status,
});

/**
 * The coverage of one flow by the agreements that could cover it. Agreements that neither list
 * the flow nor cover it by rule, and agreements past their life (expired, terminated, superseded,
 * or active past their end date), are ignored.
 */
export function assessFlowCoverage(
  flow: CoverageFlow,
  agreements: readonly CoverageAgreement[],
  now: Date,
): FlowCoverage {
  // Data that stays within one organisation is not shared, so needs no agreement.
  if (flow.from.organisationId !== null && flow.from.organisationId === flow.to.organisationId) {
    return { verdict: "NOT_NEEDED", agreement: null, gaps: [] };
  }
  let nearest: { agreement: CoverageAgreement; gaps: CoverageGap[] } | null = null;
  for (const agreement of agreements) {
    if (!liveAgreementStatuses.includes(agreement.status)) continue;
    if (agreement.endDate && agreement.endDate.getTime() < now.getTime()) continue;
    if (!concerns(agreement, flow)) continue;
    const gaps = gapsOf(agreement, flow, now);
    if (gaps.length === 0) return { verdict: "COVERED", agreement: summary(agreement), gaps };
    if (
      !nearest ||
      statusRank(agreement.status) < statusRank(nearest.agreement.status) ||
      (statusRank(agreement.status) === statusRank(nearest.agreement.status) &&
        (gaps.length < nearest.gaps.length ||
          (gaps.length === nearest.gaps.length &&
            agreement.reference.localeCompare(nearest.agreement.reference) < 0)))
    ) {
      nearest = { agreement, gaps };
    }
  }
  if (!nearest) {
    // Say why nothing could cover a lane of a type, so the lead knows to name an organisation.
    const typeLanes: CoverageGap[] = [];
    if (flow.from.organisationId === null) {
      typeLanes.push({
        kind: "type-lane",
        end: "from",
        organisationType: flow.from.organisationType,
      });
    }
    if (flow.to.organisationId === null) {
      typeLanes.push({ kind: "type-lane", end: "to", organisationType: flow.to.organisationType });
    }
    return { verdict: "NOT_COVERED", agreement: null, gaps: typeLanes };
  }
  return { verdict: "AT_RISK", agreement: summary(nearest.agreement), gaps: nearest.gaps };
}
