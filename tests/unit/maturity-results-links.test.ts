import { describe, expect, it } from "vitest";

import { resultsSortHref, roundResultsHref } from "@/lib/maturity/results/links";
import { roundResultsQuerySchema } from "@/lib/maturity/schemas";

const ROUND = "6f1c3c1e-2b7a-4a53-9d0e-1d7c1a4b2c3d";
const PLACE = "0b7f1f52-8d5e-4c1b-9a57-3d3f1e5c6a7b";

describe("round results addresses", () => {
  it("keep only what differs from the defaults", () => {
    const query = roundResultsQuerySchema.parse({});
    expect(roundResultsHref(ROUND, query)).toBe(`/maturity/rounds/${ROUND}/results`);
    expect(roundResultsHref(ROUND, query, { type: "CARE_HOME", place: PLACE, page: 3 })).toBe(
      `/maturity/rounds/${ROUND}/results?type=CARE_HOME&place=${PLACE}&page=3`,
    );
  });

  it("sort names A to Z and scores highest first, then the other way, from the first page", () => {
    const query = roundResultsQuerySchema.parse({ page: "4", type: "PHARMACY" });
    expect(resultsSortHref(ROUND, query, "well-led")).toBe(
      `/maturity/rounds/${ROUND}/results?type=PHARMACY&sort=well-led&order=desc`,
    );
    const byScore = { ...query, sort: "well-led", order: "desc" as const };
    expect(resultsSortHref(ROUND, byScore, "well-led")).toBe(
      `/maturity/rounds/${ROUND}/results?type=PHARMACY&sort=well-led`,
    );
    expect(resultsSortHref(ROUND, byScore, "name")).toBe(
      `/maturity/rounds/${ROUND}/results?type=PHARMACY`,
    );
    expect(resultsSortHref(ROUND, query, "name")).toBe(
      `/maturity/rounds/${ROUND}/results?type=PHARMACY&order=desc`,
    );
  });

  it("fall back to the defaults for anything unknown in the address bar", () => {
    expect(
      roundResultsQuerySchema.parse({ page: "-2", order: "sideways", type: "CASTLE", place: "x" }),
    ).toEqual({ sort: "name", order: "asc", page: 1 });
  });
});
