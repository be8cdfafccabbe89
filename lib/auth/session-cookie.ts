import { LRUCache } from "lru-cache";
import { decode, encode, type JWT } from "next-auth/jwt";

import type { Session } from "next-auth";

import type { ServerEnv } from "@/lib/env";

/** Sessions end 30 minutes after the last activity and 12 hours after signing in at the latest. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
// Re-issuing on every request would cost a token encryption each time; once a minute is enough
// for a 30-minute idle limit.
const SLIDE_AFTER_MS = 60_000;

export function isSecureDeployment(env: ServerEnv): boolean {
  return env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

// A signed-in request decodes its cookie twice (proxy.ts to slide it, the page to read it), and the
// same cookie comes back with every request for a minute; each decoding derives a key and decrypts.
// Tokens that decoded are kept by their exact text, so a forged or altered one is never found;
// expiry is checked again on every use, with next-auth's 15 seconds of clock tolerance.
const decodedTokens = new LRUCache<string, JWT>({ max: 2_000 });
const CLOCK_TOLERANCE_SECONDS = 15;

async function decodeToken(value: string, secret: string, now: number): Promise<JWT | null> {
  const key = `${secret}\u0000${value}`;
  let token = decodedTokens.get(key);
  if (!token) {
    token = (await decode({ token: value, secret }).catch(() => null)) ?? undefined;
    if (!token) return null;
    decodedTokens.set(key, token);
  }
  const runOut = typeof token.exp === "number" && token.exp <= now / 1000 - CLOCK_TOLERANCE_SECONDS;
  return runOut ? null : token;
}

/** `__Host-`: only over HTTPS, for this host alone, for the whole site. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-coalition.session" : "coalition.session";
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

/**
 * The session token re-issued with a fresh idle deadline, or null when it needs no refresh,
 * is not valid, or is past its 12 hours (it then simply runs out).
 */
export async function slideSession(
  value: string,
  secret: string,
  now = Date.now(),
): Promise<string | null> {
  const token = await decodeToken(value, secret, now);
  if (!token) return null;
  const issuedAt = typeof token.iat === "number" ? token.iat * 1000 : 0;
  if (now - issuedAt < SLIDE_AFTER_MS) return null;
  if (!token.signedInAt || now - token.signedInAt > SESSION_ABSOLUTE_SECONDS * 1000) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
  return encode({ token: claims, secret, maxAge: SESSION_IDLE_SECONDS });
}

/** What a session token says about who signed in, and when. */
export type SessionClaims = Pick<Session, "userId" | "sessionVersion" | "signedInAt">;

/**
 * A session cookie's claims, read with next-auth's own decoder, which also checks the token's
 * expiry; null for no cookie, or one that is not a good token.
 */
export async function sessionClaims(
  value: string | undefined,
  secret: string,
  now = Date.now(),
): Promise<SessionClaims | null> {
  if (!value) return null;
  const token = await decodeToken(value, secret, now);
  if (!token?.sub) return null;
  return {
    userId: token.sub,
    sessionVersion: token.sessionVersion ?? -1,
    signedInAt: token.signedInAt ?? 0,
  };
}
