import { describe, expect, it } from "vitest";

import { accountDetailsSchema, changePasswordSchema } from "@/lib/account/schemas";

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("your details", () => {
  it("trims the name and job title, and keeps a blank job title as none", () => {
    expect(accountDetailsSchema.parse({ name: "  Jo   Walsh ", jobTitle: "  " })).toEqual({
      name: "Jo Walsh",
      jobTitle: null,
    });
    expect(accountDetailsSchema.parse({ name: "Jo", jobTitle: " Ward  sister " })).toEqual({
      name: "Jo",
      jobTitle: "Ward sister",
    });
    expect(accountDetailsSchema.parse({ name: "Jo" })).toEqual({ name: "Jo", jobTitle: null });
  });

  it("needs a name, and keeps both to 120 characters", () => {
    expect(issues(accountDetailsSchema.safeParse({ name: "   ", jobTitle: "" }))).toEqual([
      "name: Enter your name",
    ]);
    expect(
      issues(accountDetailsSchema.safeParse({ name: "n".repeat(121), jobTitle: "j".repeat(121) })),
    ).toEqual([
      "name: Name must be 120 characters or fewer",
      "jobTitle: Job title must be 120 characters or fewer",
    ]);
    expect(
      accountDetailsSchema.safeParse({ name: "n".repeat(120), jobTitle: "j".repeat(120) }).success,
    ).toBe(true);
    expect(issues(accountDetailsSchema.safeParse({}))).toEqual(["name: Enter your name"]);
  });
});

describe("changing your password", () => {
  const valid = {
    currentPassword: "the old one",
    newPassword: "a long and unusual new password",
    confirmNewPassword: "a long and unusual new password",
  };

  it("accepts the current password and a new one typed twice", () => {
    expect(changePasswordSchema.parse(valid)).toEqual(valid);
  });

  it("asks for the current password, a long enough new one, and the same one twice", () => {
    expect(issues(changePasswordSchema.safeParse({ ...valid, currentPassword: "" }))).toEqual([
      "currentPassword: Enter your current password",
    ]);
    expect(
      issues(
        changePasswordSchema.safeParse({
          ...valid,
          newPassword: "short",
          confirmNewPassword: "short",
        }),
      ),
    ).toEqual(["newPassword: Password must be at least 8 characters"]);
    expect(
      issues(changePasswordSchema.safeParse({ ...valid, confirmNewPassword: "something else" })),
    ).toEqual(["confirmNewPassword: The new passwords do not match"]);
  });
});
