import type { Prisma } from "@/lib/generated/prisma/client";

/** A plain JSON copy of a record, for the audit trail's before and after. */
export const snapshot = (value: object) =>
  JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;
