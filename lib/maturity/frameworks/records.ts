import "server-only";

import { z } from "zod";

import type { AuditContext } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

import { maturityPolicy } from "../policy";

// What every change to a framework shares: ids are guarded, only leads change frameworks, and
// each change is audited under the lead's name.

export const isId = (value: string) => z.uuid().safeParse(value).success;

export const frameworkNotFound = () => new AppError("NOT_FOUND", "That framework does not exist.");
export const dimensionNotFound = () => new AppError("NOT_FOUND", "That dimension does not exist.");
export const questionNotFound = () => new AppError("NOT_FOUND", "That question does not exist.");
export const cannotManageFrameworks = () =>
  new AppError("FORBIDDEN", "Only programme leads can change maturity frameworks.");

/** Someone changed the framework, or started a new version of it, since the form was opened. */
export const frameworkChangedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Someone else changed this framework since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.",
  );

export const frameworkArchived = () =>
  new AppError("CONFLICT", "This framework is archived. Restore it before changing it.");

export const nameTaken = () =>
  new AppError("VALIDATION", "Another framework has that name.", {
    name: ["Another framework has that name: choose a different one"],
  });

/** Throws NOT_FOUND unless each id could name a record. */
export function guardIds(...ids: string[]): void {
  if (!ids.every(isId)) throw frameworkNotFound();
}

/** Throws unless the actor may write frameworks. */
export function requireManager(actor: Actor): void {
  if (!maturityPolicy.canManage(actor)) throw cannotManageFrameworks();
}

export const auditContext = (actor: Actor, context: AuditContext): AuditContext => ({
  actorId: actor.userId,
  actorEmail: actor.email,
  ...context,
});

/** A plain JSON copy of a record, for the audit trail's before and after. */
export const snapshot = (value: object) =>
  JSON.parse(JSON.stringify(value)) as Prisma.InputJsonObject;

/** Throws a field error when another framework has the name already (in any case). */
export async function requireFreeName(
  tx: Prisma.TransactionClient,
  name: string,
  exceptFrameworkId?: string,
): Promise<void> {
  const clash = await tx.maturityFramework.findFirst({
    where: {
      name: { equals: name, mode: "insensitive" },
      ...(exceptFrameworkId ? { id: { not: exceptFrameworkId } } : {}),
    },
    select: { id: true },
  });
  if (clash) throw nameTaken();
}

export const dimensionFields = {
  key: true,
  name: true,
  description: true,
  position: true,
} as const;
export const questionFields = {
  key: true,
  dimensionId: true,
  text: true,
  guidance: true,
  levels: true,
  allowNotApplicable: true,
  appliesTo: true,
  position: true,
} as const;

/** The question form named a dimension that is not in the version: a field error. */
export const unknownDimension = () =>
  new AppError("VALIDATION", "Select the dimension the question belongs to.", {
    dimensionId: ["Select the dimension the question belongs to"],
  });
