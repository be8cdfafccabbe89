import { describe, expect, it } from "vitest";

import { describeChange } from "@/lib/audit/describe-change";

describe("the compact view of an audit record's change", () => {
  it("lists only the fields that changed, with none for null", () => {
    expect(
      describeChange(
        { name: "Jo Walsh", jobTitle: null, role: "MEMBER" },
        { name: "Jo Walsh", jobTitle: "Ward sister", role: "MEMBER" },
      ),
    ).toEqual([{ field: "jobTitle", before: "none", after: "Ward sister" }]);
  });

  it("shows fields recorded on one side only as added or removed", () => {
    expect(describeChange(null, { attempted: "people.disable" })).toEqual([
      { field: "attempted", before: undefined, after: "people.disable" },
    ]);
    expect(describeChange({ role: "ORG_ADMIN", userId: "u1" }, null)).toEqual([
      { field: "role", before: "ORG_ADMIN", after: undefined },
      { field: "userId", before: "u1", after: undefined },
    ]);
  });

  it("writes nested values and numbers as JSON, and compares other values whole", () => {
    expect(describeChange({ count: 1, tags: ["a"] }, { count: 2, tags: ["a"] })).toEqual([
      { field: "count", before: "1", after: "2" },
    ]);
    expect(describeChange("old", "new")).toEqual([{ field: "value", before: "old", after: "new" }]);
    expect(describeChange(null, null)).toEqual([]);
    expect(describeChange({ same: true }, { same: true })).toEqual([]);
  });
});
