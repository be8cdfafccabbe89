import { describe, expect, it } from "vitest";

import {
  assessFlowReadiness,
  type FlowFacts,
  type ReadinessSignal,
  summariseReadiness,
} from "@/lib/pathways/readiness";

const ready: FlowFacts = {
  senderHoldsDigitally: true,
  receiverCanTakeIn: true,
  standard: "FHIR UK Core",
  mechanism: "API",
  currentState: "FULLY_DIGITAL",
  matchingNeeds: 2,
  agreement: { verdict: "COVERED", reason: "An active data sharing agreement covers this flow." },
};

describe("a flow's readiness", () => {
  it("is ready when every signal is good, with no reasons against it", () => {
    const readiness = assessFlowReadiness(ready);
    expect(readiness.status).toBe("READY");
    expect(readiness.reasons).toEqual([]);
    expect(readiness.findings.every((finding) => finding.outcome === "ok")).toBe(true);
  });

  it("is blocked when the sender holds no digital data, and says so", () => {
    const readiness = assessFlowReadiness({ ...ready, senderHoldsDigitally: false });
    expect(readiness.status).toBe("BLOCKED");
    expect(readiness.reasons.map((reason) => reason.reason)).toEqual([
      "The sender does not hold this data digitally, so there is nothing to send.",
    ]);
  });

  it("is blocked when the receiver has nowhere for the data to land", () => {
    const readiness = assessFlowReadiness({ ...ready, receiverCanTakeIn: false });
    expect(readiness.status).toBe("BLOCKED");
    expect(readiness.reasons[0]?.signal).toBe("receiver");
  });

  it("a block outranks risks, and lists only the blocks as the reasons", () => {
    const readiness = assessFlowReadiness({
      ...ready,
      senderHoldsDigitally: false,
      standard: null,
      mechanism: "PAPER_OR_POST",
    });
    expect(readiness.status).toBe("BLOCKED");
    expect(readiness.reasons.map((reason) => reason.signal)).toEqual(["sender"]);
    expect(readiness.findings.filter((f) => f.outcome === "risk")).toHaveLength(2);
  });

  it.each([
    ["an unknown sender", { senderHoldsDigitally: null }, "sender"],
    ["an unknown receiver", { receiverCanTakeIn: null }, "receiver"],
    ["no agreed standard", { standard: null }, "standard"],
    ["a blank standard", { standard: "  " }, "standard"],
    ["a phone call", { mechanism: "PHONE" }, "mechanism"],
    ["paper", { mechanism: "PAPER_OR_POST" }, "mechanism"],
    ["no recorded data need", { matchingNeeds: 0 }, "needs"],
    ["a flow that does not happen", { currentState: "NOT_HAPPENING" }, "today"],
  ] as const)("is at risk with %s", (_, change, signal) => {
    const readiness = assessFlowReadiness({ ...ready, ...change });
    expect(readiness.status).toBe("AT_RISK");
    expect(readiness.reasons.map((reason) => reason.signal)).toEqual([signal]);
  });

  it("is blocked when no agreement covers the flow, and at risk when one is not yet in force", () => {
    const blocked = assessFlowReadiness({
      ...ready,
      agreement: { verdict: "NOT_COVERED", reason: "No data sharing agreement covers this flow." },
    });
    expect(blocked.status).toBe("BLOCKED");
    expect(blocked.reasons.map((reason) => reason.signal)).toEqual(["agreement"]);

    const atRisk = assessFlowReadiness({
      ...ready,
      agreement: { verdict: "AT_RISK", reason: "DSA-1 is awaiting signatures." },
    });
    expect(atRisk.status).toBe("AT_RISK");
    expect(atRisk.reasons.map((reason) => reason.reason)).toEqual([
      "DSA-1 is awaiting signatures.",
    ]);

    const sameOrganisation = assessFlowReadiness({
      ...ready,
      agreement: { verdict: "NOT_NEEDED", reason: "The data stays within one organisation." },
    });
    expect(sameOrganisation.status).toBe("READY");
  });

  it("sums agreement causes in words that fit every flow, naming no one agreement", () => {
    const summary = summariseReadiness([
      assessFlowReadiness({
        ...ready,
        agreement: { verdict: "AT_RISK", reason: "DSA-1 is a draft." },
      }),
      assessFlowReadiness({
        ...ready,
        agreement: { verdict: "AT_RISK", reason: "DSA-2 is a draft." },
      }),
    ]);
    expect(summary.reasons).toEqual([
      {
        outcome: "risk",
        reason: "A data sharing agreement for the flow is not yet active or complete.",
        flows: 2,
      },
    ]);
  });

  it("takes the signals later features add", () => {
    const unsignedAgreement: ReadinessSignal = () => ({
      signal: "agreement",
      outcome: "block",
      reason: "No signed sharing agreement covers this flow.",
    });
    const readiness = assessFlowReadiness(ready, [unsignedAgreement]);
    expect(readiness.status).toBe("BLOCKED");
    expect(readiness.reasons[0]?.reason).toBe("No signed sharing agreement covers this flow.");
  });
});

describe("a pathway's readiness summary", () => {
  it("counts flows by status and groups the reasons, blocks first then by how many flows", () => {
    const summary = summariseReadiness([
      assessFlowReadiness(ready),
      assessFlowReadiness({ ...ready, standard: null }),
      assessFlowReadiness({ ...ready, standard: null, matchingNeeds: 0 }),
      assessFlowReadiness({ ...ready, standard: null, receiverCanTakeIn: false }),
    ]);
    expect(summary.counts).toEqual({ READY: 1, AT_RISK: 2, BLOCKED: 1 });
    expect(summary.overall).toBe("BLOCKED");
    expect(summary.reasons.map(({ outcome, flows }) => [outcome, flows])).toEqual([
      ["block", 1],
      ["risk", 3],
      ["risk", 1],
    ]);
    expect(summary.reasons[1]?.reason).toBe("No standard is agreed for this flow.");
  });

  it("is ready with nothing to count when the pathway has no flows", () => {
    expect(summariseReadiness([])).toEqual({
      counts: { READY: 0, AT_RISK: 0, BLOCKED: 0 },
      reasons: [],
      overall: "READY",
    });
  });
});
