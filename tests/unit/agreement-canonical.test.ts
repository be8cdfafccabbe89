import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { canonicalJson, contentHash, type AgreementContent } from "@/lib/agreements/canonical";

const content = (overrides: Partial<AgreementContent["details"]> = {}): AgreementContent =>
  ({
    details: {
      reference: "DSA-2026-0001",
      title: "Discharge to assess",
      purposes: "Care",
      ...overrides,
    },
    parties: [],
    dataCategoryIds: ["b", "a"].sort(),
    flowIds: [],
  }) as unknown as AgreementContent;

describe("canonical agreement content", () => {
  it("gives the same text whatever the order of keys", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });

  it("changes the hash when any detail changes", () => {
    const base = contentHash(content());
    expect(contentHash(content())).toBe(base);
    expect(contentHash(content({ purposes: "Care." }))).not.toBe(base);
    expect(contentHash(content({ title: "Discharge to assess " }))).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });
});
