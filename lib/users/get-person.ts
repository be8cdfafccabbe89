import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isId } from "@/lib/validation/ids";

import { userPolicy } from "./policy";
import { accountStatusOf } from "./types";

/**
 * One person's account as a lead or platform admin sees it: details, status, memberships, and
 * what this actor may do about each. Null when there is no such person.
 */
export async function getPerson(actor: Actor, userId: string) {
  if (!userPolicy.canBrowse(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads and platform admins can see people.");
  }
  if (!isId(userId)) return null;
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      jobTitle: true,
      role: true,
      disabledAt: true,
      passwordHash: true,
      ssoSubject: true,
      createdAt: true,
      memberships: {
        orderBy: { organisation: { name: "asc" } },
        select: {
          id: true,
          role: true,
          organisation: { select: { id: true, name: true, archivedAt: true } },
        },
      },
    },
  });
  if (!user) return null;
  const { passwordHash, ssoSubject, memberships, ...person } = user;
  return {
    ...person,
    status: accountStatusOf({ passwordHash, ssoSubject, disabledAt: user.disabledAt }),
    hasPassword: passwordHash !== null,
    usesSingleSignOn: ssoSubject !== null,
    isSelf: actor.userId === user.id,
    canChangeRole: userPolicy.canChangePlatformRole(actor, user),
    canDisable: userPolicy.canDisable(actor, user),
    memberships: memberships.map((membership) => ({
      ...membership,
      canManage: userPolicy.canManageMembership(actor, {
        organisationId: membership.organisation.id,
        userId: user.id,
      }),
    })),
  };
}

export type Person = NonNullable<Awaited<ReturnType<typeof getPerson>>>;
