import { describe, expect, it } from "vitest";

import { readServerEnv } from "@/lib/env";

describe("server configuration", () => {
  it("defaults to the embedded database in ./.data with demo data on", () => {
    expect(readServerEnv({})).toEqual({
      DATA_DIR: ".data",
      DATABASE_POOL_SIZE: 10,
      DEMO_DATA: "auto",
      APP_ORIGINS: [],
      MAIL_FROM: "Coalition <no-reply@coalition.invalid>",
      OIDC_DISPLAY_NAME: "your organisation's account",
      ALLOW_INSECURE_HTTP: "false",
      JOBS: "on",
    });
  });

  it("refuses to serve a non-local http:// address in production unless told to", () => {
    const production = { NODE_ENV: "production", NEXTAUTH_URL: "http://coalition.example" };
    expect(() => readServerEnv(production)).toThrow(/NEXTAUTH_URL must be an https:\/\/ address/);
    expect(readServerEnv({ ...production, ALLOW_INSECURE_HTTP: "true" }).NEXTAUTH_URL).toBe(
      "http://coalition.example",
    );
    for (const local of ["http://localhost:3000", "http://127.0.0.1:3100", "http://[::1]:3000"]) {
      expect(readServerEnv({ NODE_ENV: "production", NEXTAUTH_URL: local }).NEXTAUTH_URL).toBe(
        local,
      );
    }
    expect(
      readServerEnv({ NODE_ENV: "production", NEXTAUTH_URL: "https://c.example" }),
    ).toBeTruthy();
    expect(
      readServerEnv({ NODE_ENV: "development", NEXTAUTH_URL: "http://c.example" }),
    ).toBeTruthy();
  });

  it("reads the trusted proxies and refuses entries that are not addresses", () => {
    expect(
      readServerEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.1", TRUSTED_PROXY_HOPS: "2" }),
    ).toMatchObject({ TRUSTED_PROXIES: "10.0.0.0/8, 192.0.2.1", TRUSTED_PROXY_HOPS: 2 });
    expect(() => readServerEnv({ TRUSTED_PROXIES: "proxy.example" })).toThrow(/TRUSTED_PROXIES/);
  });

  it("reads single sign-on settings only as a complete set", () => {
    const oidc = {
      OIDC_ISSUER: "https://login.microsoftonline.com/tenant-id/v2.0",
      OIDC_CLIENT_ID: "client-id",
      OIDC_CLIENT_SECRET: "client-secret",
      NEXTAUTH_URL: "https://coalition.example",
    };
    expect(readServerEnv(oidc)).toMatchObject(oidc);
    expect(() => readServerEnv({ ...oidc, OIDC_CLIENT_SECRET: "" })).toThrow(
      /OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/,
    );
    expect(() => readServerEnv({ ...oidc, NEXTAUTH_URL: "" })).toThrow(
      /NEXTAUTH_URL: single sign-on needs NEXTAUTH_URL/,
    );
  });

  it("accepts only smtp:// and smtps:// mail servers", () => {
    const site = { NEXTAUTH_URL: "https://coalition.example" };
    expect(
      readServerEnv({ ...site, SMTP_URL: "smtps://user:pass@mail.example:465" }).SMTP_URL,
    ).toBe("smtps://user:pass@mail.example:465");
    expect(() => readServerEnv({ ...site, SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
  });

  it("sends email only with NEXTAUTH_URL, the address its links point to", () => {
    expect(() => readServerEnv({ SMTP_URL: "smtp://mail.example:25" })).toThrow(
      /NEXTAUTH_URL: sending email needs NEXTAUTH_URL/,
    );
  });

  it("treats empty variables as unset", () => {
    expect(readServerEnv({ DATABASE_URL: "", DATA_DIR: "" })).toMatchObject({ DATA_DIR: ".data" });
    expect(readServerEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("reads a PostgreSQL server and pool size", () => {
    expect(
      readServerEnv({
        DATABASE_URL: "postgresql://app@db:5432/coalition",
        DATABASE_POOL_SIZE: "25",
      }),
    ).toMatchObject({ DATABASE_URL: "postgresql://app@db:5432/coalition", DATABASE_POOL_SIZE: 25 });
  });

  it("reads the extra origins allowed to send state-changing requests", () => {
    expect(
      readServerEnv({ APP_ORIGINS: "https://coalition.nhs.example, http://localhost:8080" })
        .APP_ORIGINS,
    ).toEqual(["https://coalition.nhs.example", "http://localhost:8080"]);
  });

  it("refuses APP_ORIGINS entries that are not origins", () => {
    expect(() => readServerEnv({ APP_ORIGINS: "https://ok.example,coalition.example" })).toThrow(
      /APP_ORIGINS: "coalition.example" is not an origin/,
    );
  });

  it("names every invalid setting", () => {
    expect(() =>
      readServerEnv({ DATABASE_URL: "mysql://x", DEMO_DATA: "yes", DATABASE_POOL_SIZE: "0" }),
    ).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ connection string[\s\S]*DATABASE_POOL_SIZE[\s\S]*DEMO_DATA/,
    );
  });
});
