import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * The signed-in person's own account: details, whether they have a password to change (people
 * who sign in only through single sign-on have none), and the organisations they act for.
 */
export async function getAccount(actor: Actor) {
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: actor.userId },
    select: {
      id: true,
      email: true,
      name: true,
      jobTitle: true,
      role: true,
      passwordHash: true,
      ssoSubject: true,
      memberships: {
        orderBy: { organisation: { name: "asc" } },
        select: {
          role: true,
          organisation: { select: { id: true, name: true, archivedAt: true } },
        },
      },
    },
  });
  if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended. Sign in again.");
  const { passwordHash, ssoSubject, ...account } = user;
  return {
    ...account,
    hasPassword: passwordHash !== null,
    usesSingleSignOn: ssoSubject !== null,
  };
}

export type Account = Awaited<ReturnType<typeof getAccount>>;
