import "server-only";

import { getServerSession, type Session } from "next-auth";
import { cache } from "react";

import { getPrisma } from "@/lib/db/client";

import type { Actor } from "./actor";
import { getAuthOptions } from "./options";
import { SESSION_ABSOLUTE_SECONDS } from "./session-cookie";

/**
 * The person a session token speaks for, if the token is still good: the account exists and is
 * not disabled, its session version matches (sign-out everywhere, password change and disabling
 * raise it), and the session is under 12 hours old.
 */
export async function resolveActor(
  session: Pick<Session, "userId" | "sessionVersion" | "signedInAt">,
  now = Date.now(),
): Promise<Actor | null> {
  if (!session.userId || now - session.signedInAt > SESSION_ABSOLUTE_SECONDS * 1000) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findFirst({
    where: { id: session.userId, sessionVersion: session.sessionVersion, disabledAt: null },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberships: { select: { organisationId: true, role: true } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    memberships: user.memberships,
  };
}

/** The signed-in person for this request, or null. Looked up once per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(getAuthOptions());
  return session ? resolveActor(session) : null;
});
