import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";

import type { Db } from "./db";
import { agreementPolicy } from "./policy";
import { partyFieldsSchema } from "./schemas";

// Templates: a starting point for new agreements, kept as JSON in the shape of the details form,
// with the legal bases each new party starts with and the names of the data categories it covers.

export const templateContentSchema = z.object({
  details: z.record(z.string(), z.unknown()).and(
    z.object({
      type: z
        .enum([
          "DATA_SHARING_AGREEMENT",
          "PROCESSING_AGREEMENT",
          "JOINT_CONTROLLER_ARRANGEMENT",
          "INFORMATION_SHARING_PROTOCOL",
          "ONE_OFF_DISCLOSURE",
        ])
        .optional(),
    }),
  ),
  partyDefaults: partyFieldsSchema
    .pick({ article6Basis: true, article9Condition: true, schedule1Condition: true })
    .partial()
    .default({}),
  dataCategoryNames: z.array(z.string()).default([]),
});
export type TemplateContent = z.input<typeof templateContentSchema>;

/** The templates a person who may start agreements chooses from. */
export async function listTemplates(db: Db | DbTransaction, actor: Actor) {
  if (!agreementPolicy.canCreate(actor)) return [];
  return db.agreementTemplate.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true },
  });
}

/** What the new agreement form offers: organisations to draft for, templates, agreements to copy. */
export async function newAgreementOptions(db: Db, actor: Actor) {
  if (!agreementPolicy.canCreate(actor)) return null;
  const drafting = agreementPolicy.draftingOrganisations(actor);
  const [organisations, templates, copyable] = await Promise.all([
    db.organisation.findMany({
      where: { archivedAt: null, ...(drafting ? { id: { in: drafting } } : {}) },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    listTemplates(db, actor),
    db.agreement.findMany({
      where: drafting ? { parties: { some: { organisationId: { in: drafting } } } } : {},
      orderBy: { reference: "asc" },
      take: 500,
      select: { id: true, reference: true, title: true },
    }),
  ]);
  return { organisations, templates, copyable };
}
