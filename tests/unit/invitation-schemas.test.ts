import { describe, expect, it } from "vitest";

import { choosePasswordSchema } from "@/lib/account/schemas";
import { invitationPolicy } from "@/lib/invitations/policy";
import { invitationSchema } from "@/lib/invitations/schemas";
import { forgotPasswordSchema } from "@/lib/password-reset/schemas";

import { adminOf, lead, memberOf, platformAdmin } from "../support/actors";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("the invitation form", () => {
  it("takes an email in lower case, a tidied name and a role", () => {
    expect(
      invitationSchema.parse({
        email: " Ada@Example.ORG ",
        name: "  Ada   Lovelace ",
        role: "MEMBER",
      }),
    ).toEqual({ email: "ada@example.org", name: "Ada Lovelace", role: "MEMBER" });
    expect(invitationSchema.parse({ email: "b@example.org", role: "ORG_ADMIN" }).name).toBe("");
  });

  it("refuses a missing or malformed email, an unknown role and a long name", () => {
    expect(messages(invitationSchema.safeParse({ email: "", role: "MEMBER" }))).toEqual([
      "Enter their email address",
    ]);
    expect(messages(invitationSchema.safeParse({ email: "not an email", role: "MEMBER" }))).toEqual(
      ["Enter an email address in the correct format, like name@example.nhs.uk"],
    );
    expect(
      messages(invitationSchema.safeParse({ email: "a@b.org", role: "PLATFORM_ADMIN" })),
    ).toEqual(["Select a role"]);
    expect(
      messages(
        invitationSchema.safeParse({ email: "a@b.org", name: "x".repeat(121), role: "MEMBER" }),
      ),
    ).toEqual(["Name must be 120 characters or fewer"]);
  });
});

describe("choosing a password through a link", () => {
  it("follows the shared length rules and needs the password twice", () => {
    expect(
      choosePasswordSchema.safeParse({ newPassword: "eight ch", confirmNewPassword: "eight ch" })
        .success,
    ).toBe(true);
    expect(
      messages(
        choosePasswordSchema.safeParse({ newPassword: "seven c", confirmNewPassword: "seven c" }),
      ),
    ).toEqual(["Password must be at least 8 characters"]);
    expect(
      messages(
        choosePasswordSchema.safeParse({ newPassword: "x".repeat(129), confirmNewPassword: "" }),
      ),
    ).toContain("Password must be 128 characters or fewer");
    expect(
      messages(
        choosePasswordSchema.safeParse({
          newPassword: "a long passphrase",
          confirmNewPassword: "a long passphrasf",
        }),
      ),
    ).toEqual(["The passwords do not match"]);
  });

  it("asks for the account's email to send a reset link to", () => {
    expect(forgotPasswordSchema.parse({ email: " Me@Example.org" })).toEqual({
      email: "me@example.org",
    });
    expect(messages(forgotPasswordSchema.safeParse({ email: "" }))).toEqual([
      "Enter your email address",
    ]);
  });
});

describe("who may invite", () => {
  it("lets leads and platform admins invite anywhere, organisation admins to their own only", () => {
    const organisation = "8d5c0c57-0d1a-4a57-9d38-5f1b6c2c1f10";
    const other = "2b1e4f0e-7d0f-4c4a-8e1a-9a3c2f6d4b21";
    expect(invitationPolicy.canInvite(lead(), organisation)).toBe(true);
    expect(invitationPolicy.canInvite(platformAdmin(), organisation)).toBe(true);
    expect(invitationPolicy.canInvite(adminOf(organisation), organisation)).toBe(true);
    expect(invitationPolicy.canInvite(adminOf(other), organisation)).toBe(false);
    expect(invitationPolicy.canInvite(memberOf(organisation), organisation)).toBe(false);
    expect(invitationPolicy.canManageInvitations(memberOf(organisation), organisation)).toBe(false);
    expect(invitationPolicy.canManageInvitations(adminOf(organisation), organisation)).toBe(true);
  });
});
