import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { ZodType } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";

import { organisationPolicy } from "./policy";
import {
  type KeyContactDetails,
  keyContactSchema,
  type SystemInUseDetails,
  systemInUseSchema,
} from "./schemas";

type Tx = DbTransaction;
/** One record of one organisation: both ids, so no organisation reaches another's records. */
type RecordWhere = { id: string; organisationId: string };

/**
 * A kind of record on an organisation's profile (a system in use, a key contact): what differs
 * between them, so that adding, changing, removing and reading them is written once.
 */
export interface ProfileRecordKind<Details extends object> {
  /** The audit trail's prefix: `contact.added`, `system.removed`. */
  auditName: "contact" | "system";
  entityType: "KeyContact" | "SystemInUse";
  schema: ZodType<Details>;
  canManage: (actor: Actor, organisationId: string) => boolean;
  cannotManage: () => AppError;
  notFound: () => AppError;
  create: (tx: Tx, data: Details & { organisationId: string }) => Promise<{ id: string }>;
  /** The record's recorded fields, if it exists on an organisation that is not archived. */
  findCurrent: (tx: Tx, where: RecordWhere) => Promise<object | null>;
  update: (tx: Tx, where: RecordWhere, data: Details) => Promise<unknown>;
  remove: (tx: Tx, where: RecordWhere) => Promise<unknown>;
}

/** The where-clause of one record, on an organisation that is not archived. */
export const onActiveOrganisation = (where: RecordWhere) => ({
  ...where,
  organisation: { archivedAt: null },
});

/** The fields of a key contact that people record, and that its audit records hold. */
export const contactFields = { name: true, role: true, email: true, phone: true } as const;

/** The fields of a system that people record, and that its audit records hold. */
export const systemFields = { category: true, supplier: true, product: true, notes: true } as const;

export const keyContacts: ProfileRecordKind<KeyContactDetails> = {
  auditName: "contact",
  entityType: "KeyContact",
  schema: keyContactSchema,
  canManage: organisationPolicy.canManageContacts,
  cannotManage: () =>
    new AppError("FORBIDDEN", "You cannot change this organisation's key contacts."),
  notFound: () => new AppError("NOT_FOUND", "That contact does not exist."),
  create: (tx, data) => tx.keyContact.create({ data, select: { id: true } }),
  findCurrent: (tx, where) =>
    tx.keyContact.findFirst({ where: onActiveOrganisation(where), select: contactFields }),
  update: (tx, where, data) => tx.keyContact.update({ where, data, select: { id: true } }),
  remove: (tx, where) => tx.keyContact.delete({ where, select: { id: true } }),
};

export const systemsInUse: ProfileRecordKind<SystemInUseDetails> = {
  auditName: "system",
  entityType: "SystemInUse",
  schema: systemInUseSchema,
  canManage: organisationPolicy.canManageSystems,
  cannotManage: () => new AppError("FORBIDDEN", "You cannot change this organisation's systems."),
  notFound: () => new AppError("NOT_FOUND", "That system does not exist."),
  create: (tx, data) => tx.systemInUse.create({ data, select: { id: true } }),
  findCurrent: (tx, where) =>
    tx.systemInUse.findFirst({ where: onActiveOrganisation(where), select: systemFields }),
  update: (tx, where, data) => tx.systemInUse.update({ where, data, select: { id: true } }),
  remove: (tx, where) => tx.systemInUse.delete({ where, select: { id: true } }),
};
