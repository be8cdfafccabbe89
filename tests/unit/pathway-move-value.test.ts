import { describe, expect, it } from "vitest";

import { moveValue, readMoveValue } from "@/lib/pathways/move-value";

describe("a move button's value", () => {
  it("carries the step, the new position and the version shown", () => {
    const stepId = "6f1c1d3e-2b1a-4c55-9d2e-0a1b2c3d4e5f";
    expect(readMoveValue(moveValue({ stepId, position: 3, version: 7 }))).toEqual({
      stepId,
      position: "3",
      version: "7",
    });
  });

  it("reads a missing or cut value as blanks, for the move's schema to refuse", () => {
    expect(readMoveValue("")).toEqual({ stepId: "", position: "", version: "" });
    expect(readMoveValue("abc")).toEqual({ stepId: "abc", position: "", version: "" });
  });
});
