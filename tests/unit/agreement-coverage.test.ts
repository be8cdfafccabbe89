import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  assessFlowCoverage,
  type CoverageAgreement,
  type CoverageFlow,
} from "@/lib/agreements/coverage/coverage";
import { describeCoverage } from "@/lib/agreements/coverage/words";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

const now = new Date("2026-12-06T09:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 24 * 60 * 60 * 1000);

const flow: CoverageFlow = {
  id: "flow-1",
  from: { organisationId: "hospital", organisationType: "ACUTE_TRUST" },
  to: { organisationId: "practice", organisationType: "GP_PRACTICE" },
  dataCategoryIds: ["medications", "allergies"],
};

const agreement = (overrides: Partial<CoverageAgreement> = {}): CoverageAgreement => ({
  id: "a-1",
  reference: "DSA-2026-0001",
  title: "Discharge summaries",
  status: "ACTIVE",
  partyOrganisationIds: ["hospital", "practice"],
  dataCategoryIds: ["medications", "allergies", "problems"],
  flowIds: ["flow-1"],
  coversByRule: false,
  reviewDate: days(200),
  endDate: days(400),
  ...overrides,
});

const names = {
  organisation: (id: string) =>
    ({ hospital: "Elmshire Hospital", practice: "Moorside Surgery" })[id],
  category: (id: string) => ({ medications: "Medications", allergies: "Allergies" })[id],
};

describe("the coverage of a flow", () => {
  it("is covered by an active agreement that lists it, with both parties and all its data", () => {
    const coverage = assessFlowCoverage(flow, [agreement()], now);
    expect(coverage.verdict).toBe("COVERED");
    expect(coverage.agreement?.reference).toBe("DSA-2026-0001");
    expect(coverage.gaps).toEqual([]);
  });

  it("is covered by rule: an agreement between both parties with the data, not listing it", () => {
    const coverage = assessFlowCoverage(
      flow,
      [agreement({ flowIds: [], coversByRule: true })],
      now,
    );
    expect(coverage.verdict).toBe("COVERED");
  });

  it("ignores an agreement that neither lists the flow nor covers by rule", () => {
    expect(assessFlowCoverage(flow, [agreement({ flowIds: [] })], now).verdict).toBe("NOT_COVERED");
  });

  it("is not covered with no agreement at all", () => {
    expect(assessFlowCoverage(flow, [], now)).toEqual({
      verdict: "NOT_COVERED",
      agreement: null,
      gaps: [],
    });
  });

  it.each<[AgreementStatus]>([["DRAFT"], ["IN_REVIEW"], ["AWAITING_SIGNATURES"], ["REVIEW_DUE"]])(
    "is at risk with a complete agreement that is %s, naming it",
    (status) => {
      const coverage = assessFlowCoverage(flow, [agreement({ status })], now);
      expect(coverage.verdict).toBe("AT_RISK");
      expect(coverage.agreement?.reference).toBe("DSA-2026-0001");
      expect(coverage.gaps).toEqual([{ kind: "status", status }]);
    },
  );

  it.each<[AgreementStatus]>([["EXPIRED"], ["TERMINATED"], ["SUPERSEDED"]])(
    "does not count an agreement that is %s",
    (status) => {
      expect(assessFlowCoverage(flow, [agreement({ status })], now).verdict).toBe("NOT_COVERED");
    },
  );

  it("does not count an active agreement past its end date", () => {
    expect(assessFlowCoverage(flow, [agreement({ endDate: days(-1) })], now).verdict).toBe(
      "NOT_COVERED",
    );
  });

  it("is at risk when the active agreement ends within 30 days", () => {
    const coverage = assessFlowCoverage(flow, [agreement({ endDate: days(20) })], now);
    expect(coverage.verdict).toBe("AT_RISK");
    expect(coverage.gaps).toEqual([{ kind: "expiring", endDate: days(20) }]);
    expect(assessFlowCoverage(flow, [agreement({ endDate: days(31) })], now).verdict).toBe(
      "COVERED",
    );
  });

  it("names the missing party and the missing data", () => {
    const coverage = assessFlowCoverage(
      flow,
      [agreement({ partyOrganisationIds: ["hospital"], dataCategoryIds: ["medications"] })],
      now,
    );
    expect(coverage.verdict).toBe("AT_RISK");
    expect(coverage.gaps).toEqual([
      { kind: "party", organisationId: "practice" },
      { kind: "category", dataCategoryId: "allergies" },
    ]);
    expect(describeCoverage(coverage, names)).toBe(
      "The nearest agreement, DSA-2026-0001 (Discharge summaries), does not yet cover this flow: Moorside Surgery is not a party and Allergies is not among its data.",
    );
  });

  it("says a lane of a type cannot be covered by a named party", () => {
    const typeLane: CoverageFlow = {
      ...flow,
      to: { organisationId: null, organisationType: "CARE_HOME" },
    };
    const listed = assessFlowCoverage(typeLane, [agreement()], now);
    expect(listed.verdict).toBe("AT_RISK");
    expect(listed.gaps).toEqual([{ kind: "type-lane", end: "to", organisationType: "CARE_HOME" }]);
    expect(describeCoverage(listed, names)).toContain(
      "the receiving lane is any care home, which no named party can cover",
    );

    const none = assessFlowCoverage(typeLane, [], now);
    expect(none.verdict).toBe("NOT_COVERED");
    expect(describeCoverage(none, names)).toBe(
      "No data sharing agreement covers this flow: the receiving lane is any care home, which no named party can cover.",
    );
    // A rule covers only flows between named parties.
    expect(
      assessFlowCoverage(typeLane, [agreement({ flowIds: [], coversByRule: true })], now).verdict,
    ).toBe("NOT_COVERED");
  });

  it("prefers a covering agreement over nearer misses, and the most advanced miss over drafts", () => {
    const draft = agreement({ id: "d", reference: "DSA-D", status: "DRAFT" });
    const awaiting = agreement({
      id: "w",
      reference: "DSA-W",
      status: "AWAITING_SIGNATURES",
      dataCategoryIds: ["medications"],
    });
    expect(assessFlowCoverage(flow, [draft, awaiting], now).agreement?.reference).toBe("DSA-W");
    expect(assessFlowCoverage(flow, [draft, awaiting, agreement()], now).verdict).toBe("COVERED");
  });

  it("needs no agreement for data that stays within one organisation", () => {
    const internal: CoverageFlow = { ...flow, to: flow.from };
    expect(assessFlowCoverage(internal, [], now).verdict).toBe("NOT_NEEDED");
  });

  it("hides the agreement's reference from a reader who may not open it", () => {
    const coverage = assessFlowCoverage(flow, [agreement({ status: "DRAFT" })], now);
    const text = describeCoverage(coverage, names, false);
    expect(text).not.toContain("DSA-2026-0001");
    expect(text).toContain("an agreement of other organisations");
  });
});

describe("coverage, for any flow and agreements", () => {
  const organisations = ["o1", "o2", "o3", "o4"];
  const categories = ["c1", "c2", "c3", "c4"];
  const statuses: AgreementStatus[] = [
    "DRAFT",
    "IN_REVIEW",
    "AWAITING_SIGNATURES",
    "ACTIVE",
    "REVIEW_DUE",
    "EXPIRED",
    "TERMINATED",
    "SUPERSEDED",
  ];
  const end = fc.record({
    organisationId: fc.option(fc.constantFrom(...organisations), { nil: null }),
    organisationType: fc.constantFrom("ACUTE_TRUST" as const, "CARE_HOME" as const),
  });
  const anyFlow = fc.record({
    id: fc.constantFrom("f1", "f2"),
    from: end,
    to: end,
    dataCategoryIds: fc.uniqueArray(fc.constantFrom(...categories), { minLength: 1 }),
  });
  const anyAgreement = fc.record({
    id: fc.uuid(),
    reference: fc.string({ minLength: 1, maxLength: 8 }),
    title: fc.string({ maxLength: 8 }),
    status: fc.constantFrom(...statuses),
    partyOrganisationIds: fc.uniqueArray(fc.constantFrom(...organisations)),
    dataCategoryIds: fc.uniqueArray(fc.constantFrom(...categories)),
    flowIds: fc.uniqueArray(fc.constantFrom("f1", "f2")),
    coversByRule: fc.boolean(),
    reviewDate: fc.option(fc.integer({ min: -100, max: 400 }).map(days), { nil: null }),
    endDate: fc.option(fc.integer({ min: -100, max: 400 }).map(days), { nil: null }),
  });

  it("never says covered when a party or a kind of data is missing, or the agreement is not active", () => {
    fc.assert(
      fc.property(anyFlow, fc.array(anyAgreement, { maxLength: 6 }), (flow, agreements) => {
        const coverage = assessFlowCoverage(flow, agreements, now);
        if (coverage.verdict !== "COVERED") return;
        const covering = agreements.find((a) => a.id === coverage.agreement?.id);
        expect(covering).toBeDefined();
        if (!covering) return;
        expect(covering.status).toBe("ACTIVE");
        for (const side of [flow.from, flow.to]) {
          expect(side.organisationId).not.toBeNull();
          expect(covering.partyOrganisationIds).toContain(side.organisationId);
        }
        for (const category of flow.dataCategoryIds) {
          expect(covering.dataCategoryIds).toContain(category);
        }
        expect(covering.flowIds.includes(flow.id) || covering.coversByRule).toBe(true);
        expect(covering.endDate === null || covering.endDate.getTime() > days(30).getTime()).toBe(
          true,
        );
      }),
    );
  });

  it("is covered once a complete active agreement joins, whatever else there is", () => {
    fc.assert(
      fc.property(anyFlow, fc.array(anyAgreement, { maxLength: 6 }), (flow, agreements) => {
        fc.pre(flow.from.organisationId !== null && flow.to.organisationId !== null);
        fc.pre(flow.from.organisationId !== flow.to.organisationId);
        const complete = agreement({
          id: "complete",
          partyOrganisationIds: [flow.from.organisationId ?? "", flow.to.organisationId ?? ""],
          dataCategoryIds: [...flow.dataCategoryIds],
          flowIds: [flow.id],
          endDate: null,
        });
        expect(assessFlowCoverage(flow, [...agreements, complete], now).verdict).toBe("COVERED");
      }),
    );
  });

  it("names an agreement exactly when it is covered or at risk", () => {
    fc.assert(
      fc.property(anyFlow, fc.array(anyAgreement, { maxLength: 6 }), (flow, agreements) => {
        const coverage = assessFlowCoverage(flow, agreements, now);
        const named = coverage.verdict === "COVERED" || coverage.verdict === "AT_RISK";
        expect(coverage.agreement !== null).toBe(named);
        if (coverage.verdict === "AT_RISK") expect(coverage.gaps.length).toBeGreaterThan(0);
      }),
    );
  });
});
