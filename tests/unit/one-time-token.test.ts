import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import {
  createOneTimeToken,
  expiresAfter,
  hashToken,
  INVITATION_LIFETIME_MS,
  isTokenShaped,
  linkState,
  PASSWORD_RESET_LIFETIME_MS,
} from "@/lib/auth/one-time-token";

describe("one-time link tokens", () => {
  it("are 32 random bytes in base64url, stored as their SHA-256 hash", () => {
    const { token, tokenHash } = createOneTimeToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toBe(tokenHash);
    expect(createOneTimeToken().token).not.toBe(token);
  });

  it("recognise only the shape of a real token", () => {
    expect(isTokenShaped(createOneTimeToken().token)).toBe(true);
    expect(isTokenShaped("short")).toBe(false);
    expect(isTokenShaped(`${"a".repeat(42)}=`)).toBe(false);
    expect(isTokenShaped("a".repeat(44))).toBe(false);
  });

  it("last 7 days for invitations and 1 hour for password resets", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    expect(expiresAfter(INVITATION_LIFETIME_MS, now).toISOString()).toBe(
      "2026-03-08T12:00:00.000Z",
    );
    expect(expiresAfter(PASSWORD_RESET_LIFETIME_MS, now).toISOString()).toBe(
      "2026-03-01T13:00:00.000Z",
    );
  });

  it("say what became of a link, used and revoked before expired", () => {
    const now = new Date("2026-03-01T12:00:00Z");
    const future = new Date("2026-03-01T12:00:01Z");
    const past = new Date("2026-03-01T11:59:59Z");
    expect(linkState({ expiresAt: future }, now)).toBe("usable");
    expect(linkState({ expiresAt: now }, now)).toBe("expired");
    expect(linkState({ expiresAt: past }, now)).toBe("expired");
    expect(linkState({ expiresAt: past, usedAt: past }, now)).toBe("used");
    expect(linkState({ expiresAt: past, revokedAt: past }, now)).toBe("revoked");
    expect(linkState({ expiresAt: future, revokedAt: past }, now)).toBe("revoked");
  });
});
