import type { CoverageVerdict } from "@/lib/agreements/coverage/coverage";
import type { FlowMechanism, FlowState } from "@/lib/generated/prisma/enums";

import { digitalMechanisms, mechanismLabels } from "./types";

// Where a pathway will break: every flow gets a readiness status from the signals that exist
// about it, and says why. Each signal is one small rule; later features (sharing agreements,
// digital maturity) add their facts to FlowFacts and their rules to readinessSignals.

export type ReadinessStatus = "READY" | "AT_RISK" | "BLOCKED";

export const readinessLabels: Record<ReadinessStatus, string> = {
  READY: "Ready",
  AT_RISK: "At risk",
  BLOCKED: "Blocked",
};

/** Worst first: the order summaries and lists use. */
export const readinessOrder: ReadinessStatus[] = ["BLOCKED", "AT_RISK", "READY"];

/** What is known about one flow. */
export interface FlowFacts {
  senderHoldsDigitally: boolean | null;
  receiverCanTakeIn: boolean | null;
  standard: string | null;
  mechanism: FlowMechanism;
  currentState: FlowState;
  /** Data needs the receiving side has recorded for this flow's data, from the sending side. */
  matchingNeeds: number;
  /** Whether a data sharing agreement covers the flow, and the sentence that says which and why. */
  agreement: { verdict: CoverageVerdict; reason: string };
}

export type Outcome = "ok" | "risk" | "block";

/** One signal's verdict on a flow, in words a programme lead can act on. */
export interface Finding {
  signal: string;
  outcome: Outcome;
  reason: string;
  /** The same cause in words that fit every flow it affects, for a pathway's summary. */
  summary?: string;
}

export type ReadinessSignal = (facts: FlowFacts) => Finding;

const senderHoldsData: ReadinessSignal = ({ senderHoldsDigitally }) =>
  senderHoldsDigitally === true
    ? { signal: "sender", outcome: "ok", reason: "The sender holds the data digitally." }
    : senderHoldsDigitally === false
      ? {
          signal: "sender",
          outcome: "block",
          reason: "The sender does not hold this data digitally, so there is nothing to send.",
        }
      : {
          signal: "sender",
          outcome: "risk",
          reason: "Nobody has confirmed that the sender holds the data digitally.",
        };

const receiverCanTakeIn: ReadinessSignal = ({ receiverCanTakeIn }) =>
  receiverCanTakeIn === true
    ? {
        signal: "receiver",
        outcome: "ok",
        reason: "The receiver can take the data into its system.",
      }
    : receiverCanTakeIn === false
      ? {
          signal: "receiver",
          outcome: "block",
          reason: "The receiver has nowhere for the data to land in its own system.",
        }
      : {
          signal: "receiver",
          outcome: "risk",
          reason: "Nobody has confirmed that the receiver can take the data in.",
        };

const standardAgreed: ReadinessSignal = ({ standard }) =>
  standard?.trim()
    ? {
        signal: "standard",
        outcome: "ok",
        reason: `The flow uses an agreed standard: ${standard}.`,
      }
    : { signal: "standard", outcome: "risk", reason: "No standard is agreed for this flow." };

const mechanismDigital: ReadinessSignal = ({ mechanism }) =>
  digitalMechanisms.has(mechanism)
    ? {
        signal: "mechanism",
        outcome: "ok",
        reason: `The mechanism is digital (${mechanismLabels[mechanism].toLowerCase()}).`,
      }
    : {
        signal: "mechanism",
        outcome: "risk",
        reason: `The mechanism is not digital (${mechanismLabels[mechanism].toLowerCase()}).`,
      };

const needsRecorded: ReadinessSignal = ({ matchingNeeds }) =>
  matchingNeeds > 0
    ? {
        signal: "needs",
        outcome: "ok",
        reason: `The receiving side has recorded ${matchingNeeds === 1 ? "a data need" : `${matchingNeeds} data needs`} for this data.`,
      }
    : {
        signal: "needs",
        outcome: "risk",
        reason: "The receiving side has recorded no data need for this data from the sender.",
      };

const happeningToday: ReadinessSignal = ({ currentState }) =>
  currentState === "NOT_HAPPENING"
    ? { signal: "today", outcome: "risk", reason: "The flow does not happen at all today." }
    : { signal: "today", outcome: "ok", reason: "The flow happens today, in some form." };

const agreementInPlace: ReadinessSignal = ({ agreement }) =>
  agreement.verdict === "COVERED" || agreement.verdict === "NOT_NEEDED"
    ? { signal: "agreement", outcome: "ok", reason: agreement.reason }
    : agreement.verdict === "AT_RISK"
      ? {
          signal: "agreement",
          outcome: "risk",
          reason: agreement.reason,
          summary: "A data sharing agreement for the flow is not yet active or complete.",
        }
      : {
          signal: "agreement",
          outcome: "block",
          reason: agreement.reason,
          summary: "No data sharing agreement covers the flow.",
        };

/** The signals every flow is judged by, in the order their reasons are shown. */
export const readinessSignals: readonly ReadinessSignal[] = [
  senderHoldsData,
  receiverCanTakeIn,
  standardAgreed,
  mechanismDigital,
  needsRecorded,
  happeningToday,
  agreementInPlace,
];

export interface FlowReadiness {
  status: ReadinessStatus;
  findings: Finding[];
  /** The findings that set the status: the blocks, or else the risks. */
  reasons: Finding[];
}

/** A flow's readiness: blocked if any signal blocks it, at risk if any signal doubts it. */
export function assessFlowReadiness(
  facts: FlowFacts,
  signals: readonly ReadinessSignal[] = readinessSignals,
): FlowReadiness {
  const findings = signals.map((signal) => signal(facts));
  const blocks = findings.filter((finding) => finding.outcome === "block");
  const risks = findings.filter((finding) => finding.outcome === "risk");
  if (blocks.length > 0) return { status: "BLOCKED", findings, reasons: blocks };
  if (risks.length > 0) return { status: "AT_RISK", findings, reasons: risks };
  return { status: "READY", findings, reasons: [] };
}

export interface ReadinessSummary {
  counts: Record<ReadinessStatus, number>;
  /** Each reason that blocks or endangers a flow, with how many flows it affects, most first. */
  reasons: { outcome: Exclude<Outcome, "ok">; reason: string; flows: number }[];
  /** The pathway's own status: its worst flow's, or ready when it has no flows yet. */
  overall: ReadinessStatus;
}

/** A pathway's readiness from its flows' readiness. */
export function summariseReadiness(flows: readonly FlowReadiness[]): ReadinessSummary {
  const counts: Record<ReadinessStatus, number> = { READY: 0, AT_RISK: 0, BLOCKED: 0 };
  const reasons = new Map<string, { outcome: "risk" | "block"; reason: string; flows: number }>();
  for (const flow of flows) {
    counts[flow.status] += 1;
    for (const finding of flow.findings) {
      if (finding.outcome === "ok") continue;
      // Generic wording per signal and outcome, so the same cause counts once across flows.
      const key = `${finding.signal}:${finding.outcome}`;
      const entry = reasons.get(key) ?? {
        outcome: finding.outcome,
        reason: finding.summary ?? finding.reason,
        flows: 0,
      };
      entry.flows += 1;
      reasons.set(key, entry);
    }
  }
  const overall = readinessOrder.find((status) => counts[status] > 0) ?? "READY";
  return {
    counts,
    reasons: [...reasons.values()].sort(
      (a, b) => Number(b.outcome === "block") - Number(a.outcome === "block") || b.flows - a.flows,
    ),
    overall,
  };
}
