import { describe, expect, it } from "vitest";

import {
  currentActionName,
  LEGACY_ACTION_NAMES,
  storedActionNames,
} from "@/lib/audit/action-names";
import { auditQuerySchema } from "@/lib/audit/schemas";

describe("audit action names", () => {
  it("shows every older camelCase name in the one snake_case style", () => {
    expect(currentActionName("dataNeed.added")).toBe("data_need.added");
    expect(currentActionName("maturityAssessment.sectionAssigned")).toBe(
      "maturity_assessment.section_assigned",
    );
    expect(currentActionName("maturity.resultsShared")).toBe("maturity.results_shared");
    for (const legacy of LEGACY_ACTION_NAMES) {
      expect(currentActionName(legacy)).toMatch(/^[a-z_]+\.[a-z_]+$/);
    }
  });

  it("leaves names already in the one style as they are", () => {
    for (const name of [
      "auth.sign_in",
      "maturity_framework.question_added",
      "pathway.step_moved",
    ]) {
      expect(currentActionName(name)).toBe(name);
      expect(storedActionNames(name)).toEqual([name]);
    }
  });

  it("finds the older rows of an action, and of a whole domain", () => {
    expect(storedActionNames("data_need.added")).toEqual(["data_need.added", "dataNeed.added"]);
    expect(storedActionNames("maturity_round.")).toEqual(["maturity_round.", "maturityRound."]);
    expect(storedActionNames("maturity.results_unshared")).toEqual([
      "maturity.results_unshared",
      "maturity.resultsUnshared",
    ]);
    // "maturity." already matches "maturity.resultsShared" as a prefix.
    expect(storedActionNames("maturity.")).toEqual(["maturity."]);
  });

  it("offers only names the audit filter accepts", () => {
    for (const legacy of LEGACY_ACTION_NAMES) {
      const current = currentActionName(legacy);
      expect(auditQuerySchema.parse({ action: current }).action).toBe(current);
    }
  });
});
