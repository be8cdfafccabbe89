import type { ITXClientDenyList } from "@prisma/client/runtime/client";

import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Secret columns that no query returns unless it names them (`select: { passwordHash: true }`):
 * a list of people, an audit snapshot or a page's props can never carry them by accident.
 */
export const secretColumns = {
  user: { passwordHash: true },
  invitation: { tokenHash: true },
  passwordReset: { tokenHash: true },
} satisfies Prisma.GlobalOmitConfig;

/** The application's Prisma client, with the secret columns left out of every answer. */
export type DbClient = PrismaClient<never, typeof secretColumns>;

/** The client inside `$transaction(async (tx) => …)`. */
export type DbTransaction = Omit<DbClient, ITXClientDenyList>;
