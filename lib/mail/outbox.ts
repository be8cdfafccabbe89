import "server-only";

import { z } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { mailPolicy } from "./policy";
import { OUTBOX_PAGE_SIZE, type OutboxQuery } from "./schemas";

const cannotReadOutbox = () =>
  new AppError("FORBIDDEN", "Only platform admins can read the outbox.");

/** The outbox, newest first, a page at a time: platform admins only. */
export async function listOutboxMessages(actor: Actor, query: OutboxQuery) {
  if (!mailPolicy.canReadOutbox(actor)) throw cannotReadOutbox();
  const prisma = await getPrisma();
  const total = await prisma.outboxMessage.count();
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const entries = await prisma.outboxMessage.findMany({
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

/** One message, with its body: platform admins only; null when there is no such message. */
export async function getOutboxMessage(actor: Actor, messageId: string) {
  if (!mailPolicy.canReadOutbox(actor)) throw cannotReadOutbox();
  if (!z.uuid().safeParse(messageId).success) return null;
  const prisma = await getPrisma();
  return prisma.outboxMessage.findUnique({ where: { id: messageId } });
}

/** The first web address in a message's body: the link it was sent for. */
export function linkInBody(body: string): string | undefined {
  return /https?:\/\/\S+/.exec(body)?.[0];
}
