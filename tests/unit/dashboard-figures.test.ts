import { describe, expect, it } from "vitest";

import {
  addUpFlows,
  percentage,
  shapeAgreements,
  shapeCommitments,
  shapeOrganisations,
} from "@/lib/dashboard/figures";
import { reportQuerySchema } from "@/lib/dashboard/schemas";
import { flowsWithoutAgreement } from "@/lib/dashboard/labels";
import { previousMonth } from "@/lib/dashboard/snapshot-months";

describe("the dashboard's figures from its aggregate rows", () => {
  it("files organisations under current and desired levels, the gap and the grid", () => {
    const figures = shapeOrganisations([
      { current: "NEUTRAL", desired: "SUPPORTIVE", influence: "HIGH", interest: "LOW", count: 3 },
      { current: "LEADING", desired: "SUPPORTIVE", influence: "HIGH", interest: "LOW", count: 1 },
      { current: "UNAWARE", desired: null, influence: null, interest: "HIGH", count: 2 },
    ]);
    expect(figures.organisations).toBe(6);
    expect(figures.engagement.current).toEqual({
      UNAWARE: 2,
      RESISTANT: 0,
      NEUTRAL: 3,
      SUPPORTIVE: 0,
      LEADING: 1,
    });
    expect(figures.engagement.desired.SUPPORTIVE).toBe(4);
    expect(figures.engagement.desired.UNSET).toBe(2);
    // Above the desired level is not a gap; no desired level is not a gap either.
    expect(figures.engagement.belowDesired).toBe(3);
    // Influence high is the last row, interest low the first column; unrated ones are left out.
    expect(figures.grid).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [4, 0, 0],
    ]);
  });

  it("adds up commitments, agreements and flows, with every status present", () => {
    const commitments = shapeCommitments([
      { status: "OPEN", count: 4, dueSoon: 1, overdue: 2 },
      { status: "AT_RISK", count: 1, dueSoon: 0, overdue: 1 },
    ]);
    expect(commitments).toEqual({
      byStatus: { OPEN: 4, IN_PROGRESS: 0, DONE: 0, AT_RISK: 1, DROPPED: 0 },
      dueSoon: 1,
      overdue: 3,
    });
    const agreements = shapeAgreements([{ status: "ACTIVE", count: 2 }], null);
    expect(agreements.byStatus.ACTIVE).toBe(2);
    expect(agreements.byStatus.EXPIRED).toBe(0);
    expect(agreements.flowsWithout).toBeNull();
    expect(
      addUpFlows([
        { counts: { BLOCKED: 1, AT_RISK: 2, READY: 3 } },
        { counts: { BLOCKED: 0, AT_RISK: 1, READY: 1 } },
      ]),
    ).toEqual({ blocked: 1, atRisk: 3, ready: 4 });
  });

  it("gives a share as a whole percentage, and none of nothing", () => {
    expect(percentage(1, 3)).toBe(33);
    expect(percentage(0, 0)).toBeNull();
  });
});

describe("the board report's period and the snapshots' months", () => {
  it("defaults to the three months to today and refuses a period that ends before it starts", () => {
    const parsed = reportQuerySchema.parse({ to: "2026-06-30" });
    expect(parsed).toEqual({ place: undefined, from: "2026-03-30", to: "2026-06-30" });
    expect(reportQuerySchema.safeParse({ from: "2026-07-01", to: "2026-06-01" }).success).toBe(
      false,
    );
    // Nonsense in the address bar filters nothing.
    expect(reportQuerySchema.parse({ place: "x", to: "2026-06-30" }).place).toBeUndefined();
  });

  it("writes a snapshot for the month before, across a year's end", () => {
    expect(previousMonth(new Date("2027-01-01T00:45:00Z")).toISOString()).toBe(
      "2026-12-01T00:00:00.000Z",
    );
  });
});

describe("the flows without an agreement, in words", () => {
  it("agrees with its number", () => {
    expect(flowsWithoutAgreement(1)).toBe("1 flow between organisations has no agreement in force");
    expect(flowsWithoutAgreement(0)).toBe(
      "0 flows between organisations have no agreement in force",
    );
    expect(flowsWithoutAgreement(1200)).toBe(
      "1,200 flows between organisations have no agreement in force",
    );
  });
});
