import { describe, expect, it } from "vitest";

import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { hasVerifiedEmail } from "@/lib/auth/single-sign-on";
import { singleSignOnProvider } from "@/lib/auth/single-sign-on-provider";
import { readServerEnv } from "@/lib/env";

const claims = { issuer: "https://idp.example", subject: "abc", email: "a@example.org" };

describe("a verified email from the identity provider", () => {
  it("trusts email_verified when the provider sends it, and only when true", () => {
    expect(hasVerifiedEmail({ ...claims, email_verified: true })).toBe(true);
    expect(hasVerifiedEmail({ ...claims, email_verified: "true" })).toBe(true);
    expect(hasVerifiedEmail({ ...claims, email_verified: false })).toBe(false);
    // email_verified wins over Entra's claim when both are present.
    expect(hasVerifiedEmail({ ...claims, email_verified: false, xms_edov: true })).toBe(false);
  });

  it("falls back to Entra ID's xms_edov claim", () => {
    expect(hasVerifiedEmail({ ...claims, xms_edov: true })).toBe(true);
    expect(hasVerifiedEmail({ ...claims, xms_edov: "1" })).toBe(true);
    expect(hasVerifiedEmail({ ...claims, xms_edov: false })).toBe(false);
    expect(hasVerifiedEmail(claims)).toBe(false);
  });
});

describe("the single sign-on provider", () => {
  it("is absent until configured", () => {
    expect(singleSignOnProvider(readServerEnv({}))).toBeUndefined();
  });

  it("uses the issuer's discovery document, PKCE, state and nonce", () => {
    const provider = singleSignOnProvider(
      readServerEnv({
        OIDC_ISSUER: "https://login.microsoftonline.com/tenant/v2.0/",
        OIDC_CLIENT_ID: "client",
        OIDC_CLIENT_SECRET: "secret",
        OIDC_DISPLAY_NAME: "NHS account",
        NEXTAUTH_URL: "https://coalition.example",
      }),
    );
    expect(provider).toMatchObject({
      id: "oidc",
      name: "NHS account",
      type: "oauth",
      issuer: "https://login.microsoftonline.com/tenant/v2.0",
      wellKnown: "https://login.microsoftonline.com/tenant/v2.0/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
    });
  });
});

describe("messages on the sign-in page", () => {
  it("explains each refusal, and any other failure in general terms", () => {
    expect(signInErrorMessage(undefined)).toBeUndefined();
    expect(signInErrorMessage("no_account")).toMatch(/invite you/);
    expect(signInErrorMessage("unverified_email")).toMatch(/did not confirm your email/);
    expect(signInErrorMessage("OAuthCallback")).toMatch(/Single sign-on did not work/);
    expect(signInErrorMessage("<script>")).toMatch(/Single sign-on did not work/);
  });
});
