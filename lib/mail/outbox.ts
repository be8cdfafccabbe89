import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

import { mailPolicy } from "./policy";
import { OUTBOX_PAGE_SIZE, type OutboxQuery } from "./schemas";

/** The messages a person may read: every one for platform admins, otherwise those they caused. */
function readableBy(actor: Actor): Prisma.OutboxMessageWhereInput {
  return mailPolicy.canReadAllOutbox(actor) ? {} : { causedById: actor.userId };
}

/** The outbox, newest first, a page at a time, as far as the person may read it. */
export async function listOutboxMessages(actor: Actor, query: OutboxQuery) {
  const prisma = await getPrisma();
  const where = readableBy(actor);
  const total = await prisma.outboxMessage.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const entries = await prisma.outboxMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      createdAt: true,
      sentAt: true,
      lastError: true,
    },
  });
  return { entries, total, page, pageCount };
}

/**
 * One message, with its text and, for whoever may see it (lib/mail/policy), its link: null when
 * there is no such message or the person may not read it.
 */
export async function getOutboxMessage(actor: Actor, messageId: string) {
  if (!z.uuid().safeParse(messageId).success) return null;
  const prisma = await getPrisma();
  const message = await prisma.outboxMessage.findFirst({
    where: { AND: [{ id: messageId }, readableBy(actor)] },
  });
  if (!message) return null;
  const { link, ...rest } = message;
  return { ...rest, link: mailPolicy.canSeeLink(actor, message) ? link : null };
}

/**
 * The newest one-time link the person sent to `toAddress` since `since`, while it is kept (no mail
 * server has taken it): for an inviter to pass on.
 */
export async function linkCausedBy(actor: Actor, toAddress: string, since: Date) {
  const prisma = await getPrisma();
  const message = await prisma.outboxMessage.findFirst({
    where: { causedById: actor.userId, toAddress, createdAt: { gte: since }, link: { not: null } },
    orderBy: { createdAt: "desc" },
    select: { id: true, link: true },
  });
  return message?.link ? { messageId: message.id, link: message.link } : null;
}
