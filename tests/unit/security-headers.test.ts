import { describe, expect, it } from "vitest";

import {
  buildContentSecurityPolicy,
  createNonce,
  STATIC_SECURITY_HEADERS,
} from "@/lib/http/security-headers";

const NONCE = "hKD2YhIwqOeGnom+kdq6Rw==";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...sources] = directive.split(" ");
      return [name, sources];
    }),
  );
}

describe("the Content-Security-Policy", () => {
  const production = directives(buildContentSecurityPolicy(NONCE, { dev: false }));

  it("lets scripts run only with the request's nonce or when a nonced script loads them", () => {
    expect(production.get("script-src")).toEqual([
      "'self'",
      `'nonce-${NONCE}'`,
      "'strict-dynamic'",
    ]);
  });

  it("has every required directive", () => {
    expect(Object.fromEntries(production)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"],
      "style-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "frame-ancestors": ["'none'"],
      "form-action": ["'self'"],
    });
  });

  it("allows no inline script, inline style or eval in production", () => {
    expect(buildContentSecurityPolicy(NONCE, { dev: false })).not.toContain("unsafe-");
  });

  it("allows eval, and inline styles for the dev overlay, only in development", () => {
    const dev = directives(buildContentSecurityPolicy(NONCE, { dev: true }));

    expect(dev.get("script-src")).toEqual([
      "'self'",
      `'nonce-${NONCE}'`,
      "'strict-dynamic'",
      "'unsafe-eval'",
    ]);
    expect(dev.get("script-src")).not.toContain("'unsafe-inline'");
    expect(dev.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get("object-src")).toEqual(["'none'"]);
  });

  it.each(["", "short", `${NONCE}'; script-src *`, "abc def ghi jkl mno"])(
    "refuses the nonce %j, which could break out of its directive",
    (nonce) => {
      expect(() => buildContentSecurityPolicy(nonce, { dev: false })).toThrow(/nonce/);
    },
  );
});

describe("nonces", () => {
  it("are 128 random bits in base64, usable in the policy", () => {
    const nonce = createNonce();

    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(buildContentSecurityPolicy(nonce, { dev: false })).toContain(`'nonce-${nonce}'`);
  });

  it("are fresh each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, () => createNonce()));

    expect(nonces.size).toBe(100);
  });
});

describe("the headers that do not vary", () => {
  it("are the required ones, with the required values", () => {
    expect(
      Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    ).toEqual({
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
      "X-Frame-Options": "DENY",
    });
  });
});
