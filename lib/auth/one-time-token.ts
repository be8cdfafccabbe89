import { createHash, randomBytes } from "node:crypto";

// The tokens of invitation and password-reset links. The link carries 32 random bytes
// (base64url); the database keeps only their SHA-256 hash, so a copy of the database cannot be
// turned into working links.

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const PASSWORD_RESET_LIFETIME_MS = 60 * 60 * 1000;

/** The hash a token is stored and looked up by. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A new token for a link, and the hash to store. */
export function createOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

/** Tokens are 43 base64url characters; anything else names no link and needs no lookup. */
export const isTokenShaped = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

export type LinkState = "usable" | "used" | "expired" | "revoked";

/**
 * Where a one-time link stands: used (accepted or reset) and revoked win over expired, so the
 * person is told what actually happened to it.
 */
export function linkState(
  link: { expiresAt: Date; usedAt?: Date | null; revokedAt?: Date | null },
  now: Date = new Date(),
): LinkState {
  if (link.usedAt) return "used";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt.getTime() <= now.getTime()) return "expired";
  return "usable";
}

/** When a link made now stops working. */
export const expiresAfter = (lifetimeMs: number, now: Date = new Date()) =>
  new Date(now.getTime() + lifetimeMs);
