import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { AgreementContent } from "@/lib/agreements/canonical";
import { compareVersions } from "@/lib/agreements/compare-versions";

const party = (organisationId: string, overrides: Record<string, unknown> = {}) => ({
  organisationId,
  controllerRole: "CONTROLLER",
  direction: "BOTH",
  signatoryId: null,
  article6Basis: "E_PUBLIC_TASK",
  ...overrides,
});

const version = (overrides: Partial<Record<keyof AgreementContent, unknown>> = {}) =>
  ({
    details: { reference: "DSA-2026-0001", title: "Discharge", purposes: "Care", startDate: null },
    parties: [party("org-a"), party("org-b")],
    dataCategoryIds: ["cat-1", "cat-2"],
    flowIds: ["flow-1"],
    ...overrides,
  }) as unknown as AgreementContent;

describe("comparing agreement versions", () => {
  it("finds nothing between a version and itself", () => {
    expect(compareVersions(version(), version())).toEqual([]);
  });

  it("lists each changed detail, party field, party, category and flow", () => {
    const after = version({
      details: {
        reference: "DSA-2026-0001",
        title: "Discharge to assess",
        purposes: "Care",
        startDate: "2027-01-01",
      },
      parties: [party("org-a", { article6Basis: "C_LEGAL_OBLIGATION" }), party("org-c")],
      dataCategoryIds: ["cat-2", "cat-3"],
      flowIds: [],
    });
    expect(compareVersions(version(), after)).toEqual([
      { kind: "detail", field: "startDate", before: null, after: "2027-01-01" },
      { kind: "detail", field: "title", before: "Discharge", after: "Discharge to assess" },
      {
        kind: "party_changed",
        organisationId: "org-a",
        field: "article6Basis",
        before: "E_PUBLIC_TASK",
        after: "C_LEGAL_OBLIGATION",
      },
      { kind: "party_removed", organisationId: "org-b" },
      { kind: "party_added", organisationId: "org-c" },
      { kind: "category_removed", dataCategoryId: "cat-1" },
      { kind: "category_added", dataCategoryId: "cat-3" },
      { kind: "flow_removed", flowId: "flow-1" },
    ]);
  });

  it("finds a change exactly when the title differs", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const changes = compareVersions(
          version({ details: { title: a } }),
          version({ details: { title: b } }),
        );
        expect(changes.length).toBe(a === b ? 0 : 1);
      }),
    );
  });
});
