import "server-only";

import { cookies } from "next/headers";
import { cache } from "react";

import { getPrisma } from "@/lib/db/client";
import { isId } from "@/lib/validation/ids";

import type { Actor } from "./actor";
import { SESSION_ABSOLUTE_SECONDS, sessionClaims, type SessionClaims } from "./session-cookie";
import { sessionSettings } from "./session-settings";

interface SignedInRow {
  id: string;
  email: string;
  name: string;
  role: Actor["role"];
  memberships: Actor["memberships"];
  unread: number;
}

/** Who is signed in, with the count of their unread notifications that the header's bell shows. */
export interface SignedIn {
  actor: Actor;
  unreadNotifications: number;
}

/**
 * The person a session token speaks for, if the token is still good: the account exists and is
 * not disabled, its session version matches (sign-out everywhere, password change and disabling
 * raise it), and the session is under 12 hours old.
 */
export async function resolveSignedIn(
  session: SessionClaims,
  now = Date.now(),
): Promise<SignedIn | null> {
  if (!session.userId || now - session.signedInAt > SESSION_ABSOLUTE_SECONDS * 1000) return null;
  if (!isId(session.userId)) return null;
  const prisma = await getPrisma();
  // One statement, as every signed-in page runs it: the account, its memberships and the bell's
  // count of unread notifications (the rule of countUnreadNotifications).
  const [row] = await prisma.$queryRaw<SignedInRow[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role,
      COALESCE(
        (SELECT json_agg(json_build_object('organisationId', m."organisationId", 'role', m.role))
           FROM "Membership" m WHERE m."userId" = u.id),
        '[]'::json) AS memberships,
      (SELECT count(*)::int FROM "Notification" n
        WHERE n."userId" = u.id AND n."readAt" IS NULL) AS unread
    FROM "User" u
    WHERE u.id = ${session.userId}::uuid
      AND u."sessionVersion" = ${session.sessionVersion}
      AND u."disabledAt" IS NULL`;
  if (!row) return null;
  return {
    actor: {
      userId: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      memberships: row.memberships,
    },
    unreadNotifications: row.unread,
  };
}

/** The person a session token speaks for, if the token is still good (see resolveSignedIn). */
export async function resolveActor(
  session: SessionClaims,
  now = Date.now(),
): Promise<Actor | null> {
  return (await resolveSignedIn(session, now))?.actor ?? null;
}

// The claims straight from the cookie, not through getServerSession: that also issues a new
// token, which a page cannot send back, at the cost of an encryption on every request (proxy.ts
// slides the session instead).
async function readSessionClaims(): Promise<SessionClaims | null> {
  const { name, secret } = sessionSettings();
  return sessionClaims((await cookies()).get(name)?.value, secret);
}

/** The signed-in person for this request and their unread count, or null. Looked up once per request. */
export const getSignedIn = cache(async (): Promise<SignedIn | null> => {
  const session = await readSessionClaims();
  return session ? resolveSignedIn(session) : null;
});

/** The signed-in person for this request, or null. */
export const getActor = cache(
  async (): Promise<Actor | null> => (await getSignedIn())?.actor ?? null,
);
