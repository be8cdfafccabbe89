import { describe, expect, it } from "vitest";

import { requestIdFrom } from "@/lib/http/request-id";

describe("request ids", () => {
  it("keeps a plain id from a proxy in front", () => {
    expect(requestIdFrom("lb-2f9c1a7e")).toBe("lb-2f9c1a7e");
  });

  it.each([
    null,
    undefined,
    "",
    "short",
    "has spaces in it",
    "<script>alert(1)</script>",
    "x".repeat(65),
  ])("replaces %j with a fresh UUID", (incoming) => {
    expect(requestIdFrom(incoming)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("gives different requests different ids", () => {
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});
