import { Prisma } from "@/lib/generated/prisma/client";

// When a round takes answers. Its days are whole UTC days: it opens at the start of `opensOn`
// and closes at the end of `closesOn`.

export type RoundPhase = "upcoming" | "open" | "closed";

/** Today as a stored day: the date at UTC midnight. */
export function utcToday(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** A date input's value (YYYY-MM-DD) as a stored day. */
export const toDay = (value: string) => new Date(`${value}T00:00:00Z`);

export function roundPhase(
  round: { opensOn: Date; closesOn: Date },
  now: Date = new Date(),
): RoundPhase {
  const today = utcToday(now).getTime();
  if (today < round.opensOn.getTime()) return "upcoming";
  if (today > round.closesOn.getTime()) return "closed";
  return "open";
}

/** The where-clause of rounds in a phase today. */
export function roundPhaseWhere(phase: RoundPhase, now: Date = new Date()) {
  const today = utcToday(now);
  if (phase === "upcoming") return { opensOn: { gt: today } };
  if (phase === "closed") return { closesOn: { lt: today } };
  return { opensOn: { lte: today }, closesOn: { gte: today } };
}

/** The same rule as SQL, on rounds aliased `r`, for statements written by hand. */
export function roundPhaseSql(phase: RoundPhase, now: Date = new Date()): Prisma.Sql {
  const day = utcToday(now).toISOString().slice(0, 10);
  if (phase === "upcoming") return Prisma.sql`r."opensOn" > ${day}::date`;
  if (phase === "closed") return Prisma.sql`r."closesOn" < ${day}::date`;
  return Prisma.sql`r."opensOn" <= ${day}::date AND r."closesOn" >= ${day}::date`;
}
