import type { DigestFrequency } from "@/lib/generated/prisma/enums";

// A digest's period, named the same by every scheduler that runs it: "daily:2026-12-06" (the UK
// day it is sent on) or "weekly:2026-W49" (the ISO week). Weekly digests go out on Mondays.

const ukDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ISO week of a calendar day (given as UTC midnight), as "2026-W49". */
export function isoWeek(day: Date): string {
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export interface DigestPeriod {
  period: string;
  /** What the digest covers: from `since` until the run. */
  since: Date;
}

/** The period a digest run at `now` sends, or null when this frequency sends nothing today. */
export function digestPeriod(frequency: DigestFrequency, now: Date): DigestPeriod | null {
  const day = new Date(`${ukDate.format(now)}T00:00:00Z`);
  if (frequency === "DAILY") {
    return { period: `daily:${ukDate.format(now)}`, since: new Date(now.getTime() - DAY_MS) };
  }
  if (frequency === "WEEKLY" && day.getUTCDay() === 1) {
    return { period: `weekly:${isoWeek(day)}`, since: new Date(now.getTime() - 7 * DAY_MS) };
  }
  return null;
}
