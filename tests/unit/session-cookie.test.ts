import { decode, encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";

import { SESSION_IDLE_SECONDS, sessionClaims, slideSession } from "@/lib/auth/session-cookie";

const secret = "a test secret that is at least thirty-two characters";
const MINUTE = 60_000;

// A token issued now, looked at `minutesLater` minutes on (encode always stamps the real time).
async function sessionSignedIn(minutesBeforeIssue = 0) {
  return encode({
    secret,
    maxAge: SESSION_IDLE_SECONDS,
    token: {
      sub: "user-1",
      sessionVersion: 3,
      signedInAt: Date.now() - minutesBeforeIssue * MINUTE,
    },
  });
}
const minutesLater = (minutes: number) => Date.now() + minutes * MINUTE;

describe("sliding the session's idle deadline", () => {
  it("re-issues a session last issued over a minute ago, keeping who and when signed in", async () => {
    const refreshed = await slideSession(await sessionSignedIn(), secret, minutesLater(5));

    expect(refreshed).toBeTruthy();
    const token = await decode({ token: refreshed!, secret });
    expect(token).toMatchObject({ sub: "user-1", sessionVersion: 3 });
    expect(token!.exp as number).toBeGreaterThan(Date.now() / 1000 + SESSION_IDLE_SECONDS - 60);
  });

  it("leaves a fresh session alone", async () => {
    expect(await slideSession(await sessionSignedIn(), secret, minutesLater(0.5))).toBeNull();
  });

  it("never extends a session past 12 hours from signing in", async () => {
    expect(
      await slideSession(await sessionSignedIn(12 * 60 - 2), secret, minutesLater(5)),
    ).toBeNull();
  });

  it("ignores tokens it cannot read", async () => {
    const other = "another secret of thirty-two characters!!";
    expect(await slideSession("garbage", secret, minutesLater(5))).toBeNull();
    expect(await slideSession(await sessionSignedIn(), other, minutesLater(5))).toBeNull();
  });
});

describe("reading a session cookie's claims", () => {
  it("gives who signed in, the session's version and when they signed in", async () => {
    const signedInAt = Date.now() - 5 * MINUTE;
    const token = await encode({
      secret,
      token: { sub: "user-1", sessionVersion: 3, signedInAt },
    });
    expect(await sessionClaims(token, secret)).toEqual({
      userId: "user-1",
      sessionVersion: 3,
      signedInAt,
    });
  });

  it("gives nothing for no cookie, a token from another key, a changed one or one run out", async () => {
    const token = await sessionSignedIn();
    const expired = await encode({
      secret,
      maxAge: -60,
      token: { sub: "user-1", sessionVersion: 3, signedInAt: Date.now() },
    });
    expect(await sessionClaims(undefined, secret)).toBeNull();
    expect(await sessionClaims(token, `${secret} but another`)).toBeNull();
    expect(await sessionClaims(`${token.slice(0, -4)}AAAA`, secret)).toBeNull();
    expect(await sessionClaims(expired, secret)).toBeNull();
    expect(
      await sessionClaims(await encode({ secret, token: { name: "no one" } }), secret),
    ).toBeNull();
  });

  it("refuses a token it read before once the token has run out, or under another key", async () => {
    const token = await encode({
      secret,
      maxAge: 60,
      token: { sub: "user-1", sessionVersion: 3, signedInAt: Date.now() },
    });
    expect(await sessionClaims(token, secret)).toMatchObject({ userId: "user-1" });

    expect(await sessionClaims(token, `${secret} but another`)).toBeNull();
    // Within the 15 seconds of tolerance for clocks, then past them.
    expect(await sessionClaims(token, secret, minutesLater(1.2))).toMatchObject({
      userId: "user-1",
    });
    expect(await sessionClaims(token, secret, minutesLater(1.5))).toBeNull();
    expect(await slideSession(token, secret, minutesLater(1.5))).toBeNull();
  });
});
