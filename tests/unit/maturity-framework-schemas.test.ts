import { describe, expect, it } from "vitest";

import { slugOf, uniqueKey } from "@/lib/maturity/frameworks/keys";
import {
  dimensionSchema,
  frameworkDetailsSchema,
  frameworkEditSchema,
  moveSchema,
  questionSchema,
} from "@/lib/maturity/schemas";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const levels = ["Paper", "Some digital", "Mostly digital", "Joined up", "Leading"];

const question = (overrides: Record<string, unknown> = {}) => ({
  dimensionId: id(1),
  text: "How are care records kept?",
  guidance: "",
  levels,
  allowNotApplicable: false,
  appliesTo: [],
  versionId: id(2),
  version: "3",
  ...overrides,
});

const fieldErrors = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) =>
  Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );

describe("the question form's rules", () => {
  it("takes five level descriptors, a blank guidance as none and the version as a number", () => {
    expect(questionSchema.parse(question({ appliesTo: ["CARE_HOME"] }))).toEqual({
      dimensionId: id(1),
      text: "How are care records kept?",
      guidance: null,
      levels,
      allowNotApplicable: false,
      appliesTo: ["CARE_HOME"],
      versionId: id(2),
      version: 3,
    });
  });

  it("needs every level described, naming the level that is missing", () => {
    const result = questionSchema.safeParse(
      question({ levels: ["Paper", " ", "", "Joined", "x"] }),
    );
    expect(fieldErrors(result)).toEqual({
      "levels.1": "Describe what level 2 looks like",
      "levels.2": "Describe what level 3 looks like",
    });
  });

  it("refuses four or six levels", () => {
    expect(questionSchema.safeParse(question({ levels: levels.slice(0, 4) })).success).toBe(false);
    expect(questionSchema.safeParse(question({ levels: [...levels, "Beyond"] })).success).toBe(
      false,
    );
  });

  it("refuses a level descriptor over 500 characters and an unknown organisation type", () => {
    const result = questionSchema.safeParse(
      question({ levels: [...levels.slice(0, 4), "x".repeat(501)], appliesTo: ["CASTLE"] }),
    );
    expect(Object.keys(fieldErrors(result)).sort()).toEqual(["appliesTo.0", "levels.4"]);
  });

  it("needs the question's text and dimension, and the version it was opened at", () => {
    const result = questionSchema.safeParse(
      question({ text: "  ", dimensionId: "", versionId: "nope", version: "0" }),
    );
    expect(fieldErrors(result)).toMatchObject({
      text: "Enter the question",
      dimensionId: "Select the dimension the question belongs to",
    });
    expect(Object.keys(fieldErrors(result))).toEqual(
      expect.arrayContaining(["versionId", "version"]),
    );
  });
});

describe("the framework and dimension forms' rules", () => {
  it("needs a name and description for a framework, and the version opened to change one", () => {
    expect(fieldErrors(frameworkDetailsSchema.safeParse({ name: "", description: " " }))).toEqual({
      name: "Enter the framework's name",
      description: "Say what the framework is for",
    });
    expect(frameworkEditSchema.safeParse({ name: "WGLL", description: "For all" }).success).toBe(
      false,
    );
    expect(
      frameworkEditSchema.parse({
        name: " WGLL ",
        description: "For all",
        versionId: id(1),
        version: 1,
      }),
    ).toEqual({ name: "WGLL", description: "For all", versionId: id(1), version: 1 });
  });

  it("takes a dimension with no description", () => {
    expect(
      dimensionSchema.parse({
        name: "Smart foundations",
        description: "",
        versionId: id(1),
        version: 2,
      }),
    ).toEqual({ name: "Smart foundations", description: null, versionId: id(1), version: 2 });
  });

  it("moves only up or down", () => {
    expect(moveSchema.safeParse({ direction: "left", versionId: id(1), version: 1 }).success).toBe(
      false,
    );
    expect(moveSchema.parse({ direction: "up", versionId: id(1), version: "4" }).version).toBe(4);
  });
});

describe("keys made from names", () => {
  it("are lowercase words joined by hyphens, accents and punctuation gone", () => {
    expect(slugOf("Smart foundations", "dimension")).toBe("smart-foundations");
    expect(slugOf("  Safe, secure & resilient — café systems!", "dimension")).toBe(
      "safe-secure-and-resilient-cafe-systems",
    );
  });

  it("stop at a whole word within 60 characters, and fall back when nothing is left", () => {
    const key = slugOf(
      "How well do staff across every organisation in the place share care records today",
      "question",
    );
    expect(key.length).toBeLessThanOrEqual(60);
    expect(key).toBe("how-well-do-staff-across-every-organisation-in-the-place");
    expect(slugOf("???", "question")).toBe("question");
    expect(slugOf("x".repeat(80), "question")).toBe("x".repeat(60));
  });

  it("are unique within the version", () => {
    expect(uniqueKey("Well led", "dimension", [])).toBe("well-led");
    expect(uniqueKey("Well led", "dimension", ["well-led", "well-led-2"])).toBe("well-led-3");
  });
});
