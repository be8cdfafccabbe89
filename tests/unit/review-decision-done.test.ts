import { describe, expect, it } from "vitest";

import { reviewDecisionDone } from "@/lib/forums/moderation/labels";

describe("what the review queue says after a decision", () => {
  it("names each decision, and nothing for an unknown or repeated one", () => {
    expect(reviewDecisionDone("HIDE")).toBe("Hidden: only moderators see the post.");
    expect(reviewDecisionDone("APPROVE")).toBe("Approved: the post is public.");
    expect(reviewDecisionDone("DELETE")).toBe("Deleted.");
    expect(reviewDecisionDone("toString")).toBeNull();
    expect(reviewDecisionDone(["HIDE", "HIDE"])).toBeNull();
    expect(reviewDecisionDone(undefined)).toBeNull();
  });
});
