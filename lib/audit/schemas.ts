import { z } from "zod";

import { text } from "@/lib/validation/text";

export const AUDIT_PAGE_SIZE = 50;

// Actions are written domain.verb ("auth.sign_in"); a filter ending in a dot ("auth.") matches
// every action of that domain.
const ACTION = /^[a-z][a-z_]*(\.[a-z_]+)*\.?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional()).catch(undefined);

const day = z
  .string()
  .regex(DAY)
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`);
    // A real day: 2026-02-30 would roll over into March.
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  });

/**
 * The audit trail's filters and page, read from the address bar. A value that makes no sense is
 * dropped rather than failing, so a hand-edited link still shows the trail.
 */
export const auditQuerySchema = z.object({
  action: optional(text().trim().toLowerCase().max(100).regex(ACTION)),
  actor: optional(text().trim().toLowerCase().max(254)),
  organisation: optional(z.uuid()),
  entityType: optional(
    text()
      .trim()
      .max(60)
      .regex(/^[A-Za-z]+$/),
  ),
  entityId: optional(text().trim().max(100)),
  /** Days in UTC, both included. */
  from: optional(day),
  to: optional(day),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** True when an action filter names a whole domain ("auth.") rather than one action. */
export const isActionPrefix = (action: string) => action.endsWith(".");
