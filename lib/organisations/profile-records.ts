import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { AppError } from "@/lib/errors";
import { requireIds } from "@/lib/validation/ids";

// What the records on an organisation's profile (its systems in use and key contacts) share: how
// ids are guarded and which organisation they may be changed on.

export const organisationNotFound = () =>
  new AppError("NOT_FOUND", "That organisation does not exist.");

/** Throws NOT_FOUND unless each id could name a record. */
export const guardIds = (...ids: string[]): void => requireIds(ids, organisationNotFound);

/** Records are added to organisations that exist and are not archived. */
export async function requireActiveOrganisation(
  tx: DbTransaction,
  organisationId: string,
): Promise<void> {
  const organisation = await tx.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: { id: true },
  });
  if (!organisation) throw organisationNotFound();
}
