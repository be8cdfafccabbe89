import { describe, expect, it } from "vitest";

import {
  MAX_IMPORTED_FLOWS,
  MAX_IMPORTED_STEPS,
  pathwayFileJson,
  pathwayFileSchema,
  pathwayToFile,
} from "@/lib/pathways/export/pathway-json";

import { sampleContent } from "../support/pathway-content";

const messages = (value: unknown) =>
  pathwayFileSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("the pathway file", () => {
  it("names lanes and steps by keys, organisations by ODS code and name, data by name", () => {
    const file = pathwayToFile(sampleContent());
    expect(file.format).toBe("coalition-pathway");
    expect(file.version).toBe(1);
    expect(file.pathway).toEqual({
      name: "Discharge home",
      population: "Frail older people",
      purpose: "Safe discharge from hospital to a care home",
    });
    expect(file.lanes).toEqual([
      {
        key: "lane-1",
        organisation: { odsCode: "RXX", name: "Elmshire Hospital", type: "ACUTE_TRUST" },
        organisationType: "ACUTE_TRUST",
      },
      { key: "lane-2", organisation: null, organisationType: "CARE_HOME" },
      {
        key: "lane-3",
        organisation: { odsCode: "B81001", name: "Moorside Surgery", type: "GP_PRACTICE" },
        organisationType: "GP_PRACTICE",
      },
    ]);
    expect(file.steps.map((step) => [step.key, step.name, step.lane])).toEqual([
      ["step-1", "Plan discharge", "lane-1"],
      ["step-2", "Pharmacy check", "lane-1"],
      ["step-3", "Welcome home", "lane-2"],
      ["step-4", "Review medicines", "lane-3"],
    ]);
    expect(file.flows[1]).toMatchObject({
      from: "step-2",
      to: "step-3",
      dataCategories: ["Medications and medical devices", "Person demographics"],
      timeliness: "SAME_DAY",
      volumePerMonth: 120,
      senderHoldsDigitally: true,
      receiverCanTakeIn: null,
    });
    expect(JSON.stringify(file)).not.toMatch(/00000000-0000/);
  });

  it("is read back by its own schema", () => {
    const text = pathwayFileJson(sampleContent());
    const parsed = pathwayFileSchema.parse(JSON.parse(text));
    expect(parsed).toEqual(pathwayToFile(sampleContent()));
  });

  it("refuses another format or version", () => {
    const file = pathwayToFile(sampleContent());
    expect(pathwayFileSchema.safeParse({ ...file, format: "bpmn" }).success).toBe(false);
    expect(pathwayFileSchema.safeParse({ ...file, version: 2 }).success).toBe(false);
  });

  it("refuses steps in lanes it lacks, flows between steps it lacks, and repeated keys", () => {
    const file = pathwayToFile(sampleContent());
    expect(
      messages({ ...file, steps: [{ ...file.steps[0], lane: "lane-9" }, ...file.steps.slice(1)] }),
    ).toEqual(['Step 1 names a lane the file does not have: "lane-9"']);
    expect(messages({ ...file, flows: [{ ...file.flows[0], to: "step-9" }] })).toEqual([
      'Flow 1 names a step the file does not have: "step-9"',
    ]);
    expect(messages({ ...file, steps: [...file.steps, file.steps[0]] })).toContain(
      "Two steps share a key",
    );
  });

  it("refuses more steps or flows than the import takes", () => {
    const file = pathwayToFile(sampleContent());
    const steps = Array.from({ length: MAX_IMPORTED_STEPS + 1 }, (_, index) => ({
      ...file.steps[0],
      key: `s${index}`,
    }));
    expect(messages({ ...file, steps, flows: [] })).toContain(
      `A pathway file may have at most ${MAX_IMPORTED_STEPS} steps`,
    );
    const flows = Array.from({ length: MAX_IMPORTED_FLOWS + 1 }, () => file.flows[0]);
    expect(messages({ ...file, flows })).toContain(
      `A pathway file may have at most ${MAX_IMPORTED_FLOWS} flows`,
    );
  });

  it("refuses values outside the vocabulary", () => {
    const file = pathwayToFile(sampleContent());
    expect(
      pathwayFileSchema.safeParse({ ...file, flows: [{ ...file.flows[0], timeliness: "SOON" }] })
        .success,
    ).toBe(false);
    expect(
      pathwayFileSchema.safeParse({
        ...file,
        lanes: [{ ...file.lanes[0], organisationType: "CASTLE" }, ...file.lanes.slice(1)],
      }).success,
    ).toBe(false);
  });
});
