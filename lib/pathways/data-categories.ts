import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { DataCategorySource } from "@/lib/generated/prisma/enums";

import { pathwayPolicy } from "./policy";
import { dataCategorySchema } from "./schemas";

export interface DataCategoryItem {
  id: string;
  name: string;
  description: string | null;
  source: DataCategorySource;
}

/** The data category vocabulary, for forms and the vocabulary page. Everyone signed in reads it. */
export async function listDataCategories(): Promise<DataCategoryItem[]> {
  const prisma = await getPrisma();
  return prisma.dataCategory.findMany({
    orderBy: [{ source: "asc" }, { name: "asc" }],
    select: { id: true, name: true, description: true, source: true },
  });
}

/** Adds a kind of data to the coalition's vocabulary. Leads only; names are unique. */
export async function addDataCategory(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ id: string }> {
  if (!pathwayPolicy.canManageCategories(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads can add kinds of data.");
  }
  const details = dataCategorySchema.parse(input);
  const prisma = await getPrisma();
  try {
    return await prisma.$transaction(async (tx) => {
      const clash = await tx.dataCategory.findFirst({
        where: { name: { equals: details.name, mode: "insensitive" } },
        select: { id: true },
      });
      if (clash) throw nameTaken();
      const { id } = await tx.dataCategory.create({
        data: { ...details, source: "COALITION" },
        select: { id: true },
      });
      await recordAuditEvent(tx, actorContext(actor, context), {
        action: "data_category.added",
        entityType: "DataCategory",
        entityId: id,
        after: details,
      });
      return { id };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? nameTaken() : error;
  }
}

const nameTaken = () =>
  new AppError("CONFLICT", "That kind of data is already in the list.", {
    name: ["That kind of data is already in the list"],
  });
