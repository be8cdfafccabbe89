import "server-only";

import { z } from "zod";

import { agreementPolicy } from "@/lib/agreements/policy";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** What the publish form sends: the agreement and whether it should be on the public register. */
export const publicationSchema = z.object({
  agreementId: z.uuid({ error: "That agreement does not exist." }),
  published: z.enum(["true", "false"]).transform((value) => value === "true"),
});

const notFound = () => new AppError("NOT_FOUND", "That agreement does not exist.");

/**
 * Puts an agreement on the public register, or takes it off. Leads, and the information
 * governance leads and admins of its parties, decide; anyone else who may read it is refused, and
 * anyone who may not gets a not-found. Audited in the same transaction; nothing changes if it is
 * already as asked.
 */
export async function setAgreementPublished(
  actor: Actor,
  input: unknown,
  context: AuditContext = {},
): Promise<{ agreementId: string; published: boolean }> {
  const parsed = publicationSchema.safeParse(input);
  if (!parsed.success) throw notFound();
  const { agreementId, published } = parsed.data;
  const prisma = await getPrisma();
  return prisma.$transaction(async (tx) => {
    const agreement = await tx.agreement.findFirst({
      where: { AND: [{ id: agreementId }, agreementPolicy.readableWhere(actor)] },
      select: { published: true, parties: { select: { organisationId: true } } },
    });
    if (!agreement) throw notFound();
    if (
      !agreementPolicy.canPublish(
        actor,
        agreement.parties.map((p) => p.organisationId),
      )
    ) {
      throw new AppError(
        "FORBIDDEN",
        "Only programme leads and the information governance leads and admins of its parties publish an agreement.",
      );
    }
    if (agreement.published === published) return { agreementId, published };
    await tx.agreement.update({ where: { id: agreementId }, data: { published } });
    await recordAuditEvent(
      tx,
      { actorId: actor.userId, actorEmail: actor.email, ...context },
      {
        action: published ? "agreement.published" : "agreement.unpublished",
        entityType: "Agreement",
        entityId: agreementId,
        before: { published: agreement.published },
        after: { published },
      },
    );
    return { agreementId, published };
  });
}

/** Whether the person may publish an agreement they can read, and whether it is published. */
export async function getPublication(
  actor: Actor,
  agreementId: string,
): Promise<{
  id: string;
  reference: string;
  title: string;
  published: boolean;
  canPublish: boolean;
} | null> {
  if (!z.uuid().safeParse(agreementId).success) return null;
  const prisma = await getPrisma();
  const agreement = await prisma.agreement.findFirst({
    where: { AND: [{ id: agreementId }, agreementPolicy.readableWhere(actor)] },
    select: {
      id: true,
      reference: true,
      title: true,
      published: true,
      parties: { select: { organisationId: true } },
    },
  });
  if (!agreement) return null;
  const { parties, ...rest } = agreement;
  return {
    ...rest,
    canPublish: agreementPolicy.canPublish(
      actor,
      parties.map((p) => p.organisationId),
    ),
  };
}
