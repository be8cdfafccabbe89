import { describe, expect, it } from "vitest";

import { clientAddress } from "@/lib/http/client-address";

describe("the client's address", () => {
  it("is the entry the proxy in front of us appended, not one the client sent", () => {
    expect(clientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress("1.2.3.4, 203.0.113.9")).toBe("203.0.113.9");
  });

  it("is unknown without the header", () => {
    expect(clientAddress(null)).toBeUndefined();
    expect(clientAddress(" ")).toBeUndefined();
  });
});
