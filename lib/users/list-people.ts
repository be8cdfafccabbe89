import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";

import { userPolicy } from "./policy";
import { PEOPLE_PAGE_SIZE, type PeopleQuery } from "./schemas";
import { type AccountStatus, accountStatusOf } from "./types";

export interface PersonEntry {
  id: string;
  name: string;
  email: string;
  jobTitle: string | null;
  role: UserRole;
  status: AccountStatus;
  organisations: { id: string; name: string; role: MembershipRole }[];
}

export interface PeoplePage {
  entries: PersonEntry[];
  total: number;
  page: number;
  pageCount: number;
}

const statusWhere: Record<AccountStatus, Prisma.UserWhereInput> = {
  disabled: { disabledAt: { not: null } },
  active: {
    disabledAt: null,
    OR: [{ passwordHash: { not: null } }, { ssoSubject: { not: null } }],
  },
  invited: { disabledAt: null, passwordHash: null, ssoSubject: null },
};

/**
 * The people on the platform: search by name or email, filter by platform role and account
 * status, sort by name, page. A count and a page query (memberships come with it, not per row).
 */
export async function listPeople(actor: Actor, query: PeopleQuery): Promise<PeoplePage> {
  if (!userPolicy.canBrowse(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads and platform admins can list people.");
  }
  const prisma = await getPrisma();
  const where: Prisma.UserWhereInput = {
    AND: [
      query.role ? { role: query.role } : {},
      query.status ? statusWhere[query.status] : {},
      query.q
        ? {
            OR: [
              { name: { contains: query.q, mode: "insensitive" } },
              { email: { contains: query.q.toLowerCase() } },
            ],
          }
        : {},
    ],
  };
  const total = await prisma.user.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const rows = await prisma.user.findMany({
    where,
    orderBy: [{ name: query.order }, { email: "asc" }],
    skip: (page - 1) * PEOPLE_PAGE_SIZE,
    take: PEOPLE_PAGE_SIZE,
    select: {
      id: true,
      name: true,
      email: true,
      jobTitle: true,
      role: true,
      disabledAt: true,
      passwordHash: true,
      ssoSubject: true,
      memberships: {
        orderBy: { organisation: { name: "asc" } },
        select: { role: true, organisation: { select: { id: true, name: true } } },
      },
    },
  });
  return {
    entries: rows.map(({ passwordHash, ssoSubject, disabledAt, memberships, ...person }) => ({
      ...person,
      status: accountStatusOf({ passwordHash, ssoSubject, disabledAt }),
      organisations: memberships.map(({ role, organisation }) => ({ ...organisation, role })),
    })),
    total,
    page,
    pageCount,
  };
}
