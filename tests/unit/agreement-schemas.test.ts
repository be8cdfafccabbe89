import { describe, expect, it } from "vitest";

import { blankDetails } from "@/lib/agreements/details-data";
import {
  agreementDetailsSchema,
  agreementRegisterQuerySchema,
  newAgreementSchema,
  partySchema,
  signSchema,
} from "@/lib/agreements/schemas";

const details = (overrides: Record<string, unknown> = {}) => ({
  ...blankDetails("dsa-2026-0001", " Discharge ", "DATA_SHARING_AGREEMENT"),
  ...overrides,
});

const issuesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]);

describe("agreement rules", () => {
  it("tidies details and keeps dates in order", () => {
    const parsed = agreementDetailsSchema.parse(details({ startDate: "2027-01-01", endDate: "" }));
    expect(parsed).toMatchObject({ reference: "DSA-2026-0001", title: "Discharge", endDate: null });
    expect(parsed.caldicott).toHaveLength(8);
    expect(
      issuesOf(
        agreementDetailsSchema.safeParse(
          details({ startDate: "2027-06-01", reviewDate: "2030-01-01", endDate: "2027-01-01" }),
        ),
      ),
    ).toEqual([
      ["endDate", "The end date must be on or after the start date"],
      ["reviewDate", "The review date must be on or before the end date"],
    ]);
    expect(agreementDetailsSchema.safeParse(details({ startDate: "2027-02-30" })).success).toBe(
      false,
    );
    expect(agreementDetailsSchema.safeParse(details({ reference: "DSA 2026" })).success).toBe(
      false,
    );
    expect(
      agreementDetailsSchema.safeParse(details({ purposes: "a".repeat(20_001) })).success,
    ).toBe(false);
  });

  it("asks for the Schedule 1 condition that Article 9(2)(g) to (j) needs", () => {
    const party = {
      organisationId: crypto.randomUUID(),
      controllerRole: "CONTROLLER",
      direction: "BOTH",
      contactName: "",
      contactEmail: "",
      dpoName: "",
      dpoEmail: "",
      signatoryId: "",
      article6Basis: "E_PUBLIC_TASK",
      article9Condition: "H_HEALTH_OR_SOCIAL_CARE",
      schedule1Condition: "",
      privacyNoticeUpdated: false,
    };
    expect(issuesOf(partySchema.safeParse(party))).toEqual([
      [
        "schedule1Condition",
        "Enter the DPA 2018 Schedule 1 condition that Article 9(2)(g) to (j) needs",
      ],
    ]);
    expect(
      partySchema.parse({ ...party, article9Condition: "A_EXPLICIT_CONSENT" }).signatoryId,
    ).toBeNull();
    expect(partySchema.safeParse({ ...party, contactEmail: "not an email" }).success).toBe(false);
  });

  it("needs what each way of starting needs", () => {
    expect(
      newAgreementSchema.safeParse({ start: "blank", title: "A", organisationId: "" }).success,
    ).toBe(false);
    expect(
      newAgreementSchema.parse({
        start: "copy",
        title: "A",
        sourceId: "0f8fad5b-d9cb-469f-a165-70867728950e",
      }),
    ).toEqual({ start: "copy", title: "A", sourceId: "0f8fad5b-d9cb-469f-a165-70867728950e" });
  });

  it("signs only with the statement ticked and a version hash", () => {
    const sign = { versionHash: "a".repeat(64), attest: true, password: "x" };
    expect(signSchema.safeParse(sign).success).toBe(true);
    expect(signSchema.safeParse({ ...sign, attest: false }).success).toBe(false);
    expect(signSchema.safeParse({ ...sign, versionHash: "abc" }).success).toBe(false);
  });

  it("reads the register's address bar, dropping what it does not know", () => {
    expect(
      agreementRegisterQuerySchema.parse({
        status: "NOPE",
        reviewWithin: "30",
        page: "-1",
        sort: "x",
      }),
    ).toEqual({
      status: undefined,
      type: undefined,
      party: undefined,
      special: undefined,
      q: undefined,
      reviewWithin: 30,
      page: 1,
      sort: "updated",
      order: "desc",
    });
  });
});
