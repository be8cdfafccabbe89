import { z } from "zod";

// Every id in the platform is a UUID: anything else names nothing and must never reach a query
// (PostgreSQL would refuse it with an error, not answer "not found").

const uuid = z.uuid();

/** Whether a value could name a record. */
export const isId = (value: unknown): value is string => uuid.safeParse(value).success;

/** Throws the domain's NOT_FOUND unless each id could name a record. */
export function requireIds(ids: readonly unknown[], notFound: () => Error): void {
  if (!ids.every(isId)) throw notFound();
}
