import { expect } from "@playwright/test";

/** A response's headers, as a request or a page's navigation answered them. */
export interface Answered {
  headersArray(): { name: string; value: string }[];
}

const STATIC_HEADERS = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
  "x-frame-options": "DENY",
};

// Listed in the test server's APP_ORIGINS (playwright.config.ts).
export const EXTRA_ORIGIN = "https://coalition.example";

function headerValues(response: Answered, name: string): string[] {
  return response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === name)
    .map((header) => header.value);
}

export function expectStaticHeaders(response: Answered) {
  for (const [name, value] of Object.entries(STATIC_HEADERS)) {
    expect(headerValues(response, name), name).toEqual([value]);
  }
}

/** Checks the policy directive by directive and returns its nonce. */
export function expectStrictPolicy(response: Answered): string {
  // Two policies would both be enforced, so there must be exactly one.
  const policies = headerValues(response, "content-security-policy");
  expect(policies).toHaveLength(1);
  const policy = policies[0]!;
  const nonce = /'nonce-([A-Za-z0-9+/]+={0,2})'/.exec(policy)?.[1];
  expect(nonce, policy).toBeDefined();
  expect(nonce!.length).toBeGreaterThanOrEqual(22);

  const directives = new Map(
    policy.split(";").map((directive) => {
      const [name = "", ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
  expect(directives.get("style-src")).toEqual(["'self'"]);
  expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
  expect(directives.get("connect-src")).toEqual(["'self'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);
  expect(policy).not.toContain("unsafe-");
  return nonce!;
}
