import type { DbClient } from "@/lib/db/types";
import { randomUUID } from "node:crypto";

import type { SystemCategory } from "@/lib/generated/prisma/enums";

// Factories for the records on an organisation's profile: systems in use and key contacts.
const unique = () => randomUUID().slice(0, 8);

export function createSystemInUse(
  prisma: DbClient,
  organisationId: string,
  overrides: {
    category?: SystemCategory;
    supplier?: string;
    product?: string;
    notes?: string;
  } = {},
) {
  return prisma.systemInUse.create({
    data: {
      organisationId,
      category: overrides.category ?? "GP_SYSTEM",
      supplier: overrides.supplier ?? `Supplier ${unique()}`,
      product: overrides.product ?? `Product ${unique()}`,
      notes: overrides.notes ?? null,
    },
  });
}

export function createKeyContact(
  prisma: DbClient,
  organisationId: string,
  overrides: { name?: string; role?: string; email?: string; phone?: string } = {},
) {
  return prisma.keyContact.create({
    data: {
      organisationId,
      name: overrides.name ?? `Contact ${unique()}`,
      role: overrides.role ?? "Digital lead",
      email: overrides.email ?? null,
      phone: overrides.phone ?? null,
    },
  });
}
