import { z } from "zod";

export const OUTBOX_PAGE_SIZE = 25;

/** The outbox's page, read from the address bar; anything odd shows the first page. */
export const outboxQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type OutboxQuery = z.infer<typeof outboxQuerySchema>;
