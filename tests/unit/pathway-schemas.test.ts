import { describe, expect, it } from "vitest";

import { flowSchema, stepSchema, volumeSchema } from "@/lib/pathways/schemas";

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

const flow = (overrides: Record<string, unknown> = {}) => ({
  fromStepId: id(1),
  toStepId: id(2),
  dataCategoryIds: [id(3)],
  purpose: "Safe discharge",
  timeliness: "SAME_DAY",
  volumePerMonth: "1,200",
  mechanism: "API",
  standard: "",
  currentState: "MANUAL",
  senderHoldsDigitally: "yes",
  receiverCanTakeIn: "unknown",
  notes: "",
  ...overrides,
});

const messages = (input: unknown) => {
  const result = flowSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
};

describe("the flow form's rules", () => {
  it("turns what the form sends into what is stored", () => {
    expect(flowSchema.parse(flow())).toMatchObject({
      volumePerMonth: 1200,
      standard: null,
      senderHoldsDigitally: true,
      receiverCanTakeIn: null,
    });
  });

  it("says a flow to the same step is wrong alongside every other missing answer", () => {
    expect(messages(flow({ toStepId: id(1), dataCategoryIds: [], timeliness: "" })).sort()).toEqual(
      [
        "A flow must go to a different step from the one that sends it",
        "Select at least one kind of data",
        "Select how soon the data is needed",
      ].sort(),
    );
  });

  it("needs a sender and a receiver", () => {
    expect(messages(flow({ fromStepId: "", toStepId: "" }))).toEqual([
      "Select the step that sends the data",
      "Select the step that receives the data",
    ]);
  });

  it("lists each kind of data once", () => {
    expect(flowSchema.parse(flow({ dataCategoryIds: [id(3), id(3)] })).dataCategoryIds).toEqual([
      id(3),
    ]);
  });
});

describe("volumes", () => {
  it.each([
    ["", null],
    ["0", 0],
    [" 45 ", 45],
    ["12,500", 12500],
    [300, 300],
  ])("accepts %j as %j", (input, expected) => {
    expect(volumeSchema.parse(input)).toBe(expected);
  });

  it.each(["-1", "2.5", "lots", "1e3", "999999999999"])("refuses %j", (input) => {
    expect(volumeSchema.safeParse(input).success).toBe(false);
  });
});

describe("lanes", () => {
  const step = (lane: string) => ({ name: "Visit", lane, performerRole: "District nurse" });
  it("reads an organisation or a type", () => {
    expect(stepSchema.parse(step(`org:${id(4)}`)).lane).toEqual({
      organisationId: id(4),
      organisationType: null,
    });
    expect(stepSchema.parse(step("type:CARE_HOME")).lane).toEqual({
      organisationId: null,
      organisationType: "CARE_HOME",
    });
  });

  it.each(["", "org:not-an-id", "type:CASTLE", "CARE_HOME", "org:"])("refuses %j", (lane) => {
    expect(stepSchema.safeParse(step(lane)).success).toBe(false);
  });
});
