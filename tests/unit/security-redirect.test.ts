import { describe, expect, it } from "vitest";

import { safeRedirectPath, signInPath } from "@/lib/http/safe-redirect";

// Addresses that browsers open as another site, or that break the Location header.
export const OPEN_REDIRECT_PAYLOADS = [
  "//evil.example",
  "//evil.example/path",
  "/\\evil.example",
  "/\\/evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  "/\r\nSet-Cookie: a=b",
  "/ /evil.example".replace(" ", "\u000b"),
  "https://evil.example",
  "http:evil.example",
  "https:/\\evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "//evil.example@127.0.0.1",
  "http://127.0.0.1.evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
];

describe("where people are sent on to", () => {
  it.each(OPEN_REDIRECT_PAYLOADS)("never leaves the site for %j", (payload) => {
    const path = safeRedirectPath(payload);
    expect(path).toMatch(/^\/(?![/\\])/);
    expect(path).not.toMatch(/[\s\\]/);
    expect(new URL(path, "http://app.test").origin).toBe("http://app.test");
  });

  it.each([
    ["/organisations", "/organisations"],
    ["/organisations?q=larch#results", "/organisations?q=larch#results"],
    ["/pathways/abc/../def", "/pathways/def"],
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("keeps the path %j", (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected);
  });

  it("takes an absolute address only on the app's own origin", () => {
    const origin = "https://coalition.example";
    expect(safeRedirectPath("https://coalition.example/people?x=1", "/", origin)).toBe(
      "/people?x=1",
    );
    expect(safeRedirectPath("https://coalition.example.evil.example/", "/", origin)).toBe("/");
    expect(safeRedirectPath("http://coalition.example/people", "/", origin)).toBe("/");
    expect(safeRedirectPath("https://coalition.example/people")).toBe("/");
  });

  it("falls back for anything that is not text", () => {
    expect(safeRedirectPath(undefined, "/home")).toBe("/home");
    expect(safeRedirectPath(["/a", "/b"])).toBe("/");
    expect(safeRedirectPath("")).toBe("/");
  });

  it("builds the sign-in address with a safe way back", () => {
    expect(signInPath("/people")).toBe("/sign-in?callbackUrl=%2Fpeople");
    expect(signInPath("/\\evil.example")).toBe("/sign-in?callbackUrl=%2F");
  });
});
