import { describe, expect, it } from "vitest";

import {
  coalitionNeedsQuerySchema,
  dataNeedSchema,
  organisationNeedsQuerySchema,
} from "@/lib/data-needs/schemas";
import { escapeFormula } from "@/lib/csv/escape-formula";

const ORG = "6f1c2b7e-3a4d-4e5f-8a9b-0c1d2e3f4a5b";
const CATEGORY = "0b8d6a52-4c3e-4f1a-9b2d-7e6f5a4b3c2d";

const valid = (overrides: Record<string, unknown> = {}) => ({
  teamOrRole: "District nurses",
  dataCategoryId: CATEGORY,
  source: `org:${ORG}`,
  timeliness: "WITHIN_AN_HOUR",
  volumePerMonth: "",
  purpose: "Visit the right people first",
  decision: "",
  importance: "ESSENTIAL",
  metToday: "NOT_AT_ALL",
  pathwayStepId: "",
  ...overrides,
});

const errorPaths = (input: unknown) => {
  const result = dataNeedSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};

describe("the data need form's rules", () => {
  it("reads a source organisation lane, and blank optional fields as not recorded", () => {
    expect(dataNeedSchema.parse(valid())).toMatchObject({
      source: { organisationId: ORG, organisationType: null },
      volumePerMonth: null,
      decision: null,
      pathwayStepId: null,
    });
  });

  it("reads a source type lane", () => {
    expect(dataNeedSchema.parse(valid({ source: "type:CARE_HOME" })).source).toEqual({
      organisationId: null,
      organisationType: "CARE_HOME",
    });
  });

  it.each(["", "org:", "org:not-a-uuid", "type:SPACESHIP", `${ORG}`, "place:north"])(
    "refuses the source lane %j",
    (source) => {
      expect(errorPaths(valid({ source }))).toEqual(["source"]);
    },
  );

  it.each([
    ["1,200", 1200],
    [" 40 ", 40],
    ["0", 0],
    [35, 35],
  ])("reads the volume %j as %d", (volumePerMonth, expected) => {
    expect(dataNeedSchema.parse(valid({ volumePerMonth })).volumePerMonth).toBe(expected);
  });

  it.each(["-1", "1.5", "lots", "200000000"])("refuses the volume %j", (volumePerMonth) => {
    expect(errorPaths(valid({ volumePerMonth }))).toEqual(["volumePerMonth"]);
  });

  it("requires the team, category, source, timeliness, purpose, importance and met", () => {
    expect(
      errorPaths({
        teamOrRole: "  ",
        dataCategoryId: "",
        source: "",
        timeliness: "",
        purpose: "",
        importance: "",
        metToday: "",
      }).sort(),
    ).toEqual(
      [
        "dataCategoryId",
        "importance",
        "metToday",
        "purpose",
        "source",
        "teamOrRole",
        "timeliness",
      ].sort(),
    );
  });

  it("limits the lengths of what people type", () => {
    expect(
      errorPaths(
        valid({
          teamOrRole: "t".repeat(201),
          purpose: "p".repeat(1001),
          decision: "d".repeat(1001),
        }),
      ).sort(),
    ).toEqual(["decision", "purpose", "teamOrRole"]);
  });
});

describe("the data needs queries in the address bar", () => {
  it("falls back to the defaults for anything unknown", () => {
    expect(
      organisationNeedsQuerySchema.parse({ sort: "drop", order: "up", page: "-3", fromPage: "x" }),
    ).toEqual({ sort: "recent", order: "asc", page: 1, fromPage: 1 });
    expect(
      coalitionNeedsQuerySchema.parse({ place: "north", pathway: "1", type: "SHIP", page: "2" }),
    ).toEqual({ page: 2 });
  });

  it("keeps the filters that name something", () => {
    expect(coalitionNeedsQuerySchema.parse({ category: CATEGORY, type: "CARE_HOME" })).toEqual({
      category: CATEGORY,
      type: "CARE_HOME",
      page: 1,
    });
  });
});

describe("escaping cells for spreadsheets", () => {
  it.each(["=1+1", "+44", "-2", "@SUM(A1)", "\tx", "\rx"])("escapes %j", (value) => {
    expect(escapeFormula(value)).toBe(`'${value}`);
  });

  it("leaves other text alone", () => {
    expect(escapeFormula("District nurses = 4")).toBe("District nurses = 4");
  });
});
