// When a scheduled job runs: every N minutes, daily at a time of day, or monthly on a day at a
// time of day. Times of day are UK time (Europe/London), so a job set for 03:30 runs at 03:30 on
// the clock in winter (GMT) and in summer (BST) alike.

export const SCHEDULE_TIME_ZONE = "Europe/London";

export type Schedule =
  | { every: "minutes"; minutes: number }
  | { every: "day"; at: TimeOfDay }
  | { every: "month"; day: number; at: TimeOfDay };

/** "HH:MM", 24-hour clock. */
export type TimeOfDay = `${number}:${number}`;

const MINUTE_MS = 60_000;

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: SCHEDULE_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockOf(instant: Date): WallClock & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of londonParts.formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** How far UK time is ahead of UTC at `instant`, in milliseconds (0 in winter, 1 hour in summer). */
function londonOffsetMs(instantMs: number): number {
  const wall = wallClockOf(new Date(instantMs));
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant the UK clock shows `wall`. A time the clocks skip in March (01:30) comes out an
 * hour later (02:30 BST); a time they show twice in October comes out the second time (GMT).
 */
function instantOf(wall: WallClock): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const first = naive - londonOffsetMs(naive);
  const offset = londonOffsetMs(first);
  return new Date(naive - offset);
}

function parseTimeOfDay(at: TimeOfDay): { hour: number; minute: number } {
  const [hour = 0, minute = 0] = at.split(":").map(Number);
  return { hour, minute };
}

/** Checks a schedule when the registry is read, so a typo fails at once rather than never runs. */
export function assertValidSchedule(schedule: Schedule): void {
  if (schedule.every === "minutes") {
    if (!Number.isInteger(schedule.minutes) || schedule.minutes < 1 || schedule.minutes > 1440)
      throw new Error(`A job runs every 1 to 1440 minutes, not ${schedule.minutes}`);
    return;
  }
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(schedule.at))
    throw new Error(`"${schedule.at}" is not a time of day such as 03:30`);
  // Days past the 28th are missing from some months.
  if (
    schedule.every === "month" &&
    (!Number.isInteger(schedule.day) || schedule.day < 1 || schedule.day > 28)
  )
    throw new Error(`A monthly job runs on day 1 to 28, not ${schedule.day}`);
}

/** The first time after `after` (strictly) at which the schedule runs. */
export function nextRunAfter(schedule: Schedule, after: Date): Date {
  if (schedule.every === "minutes") return new Date(after.getTime() + schedule.minutes * MINUTE_MS);
  const { hour, minute } = parseTimeOfDay(schedule.at);
  const today = wallClockOf(after);
  if (schedule.every === "day") {
    for (let days = 0; days <= 2; days += 1) {
      // Date.UTC rolls a day past the month's end over into the next month.
      const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
      const candidate = instantOf({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        hour,
        minute,
      });
      if (candidate > after) return candidate;
    }
  } else {
    for (let months = 0; months <= 2; months += 1) {
      const date = new Date(Date.UTC(today.year, today.month - 1 + months, 1));
      const candidate = instantOf({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: schedule.day,
        hour,
        minute,
      });
      if (candidate > after) return candidate;
    }
  }
  throw new Error("No next run found for the schedule");
}

function ordinal(day: number): string {
  const tens = day % 100;
  if (tens >= 11 && tens <= 13) return `${day}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[day % 10] ?? "th";
  return `${day}${suffix}`;
}

/** The schedule in words, for the jobs page: "Every day at 03:30, UK time". */
export function describeSchedule(schedule: Schedule): string {
  if (schedule.every === "minutes") {
    if (schedule.minutes === 1) return "Every minute";
    if (schedule.minutes % 60 === 0) {
      const hours = schedule.minutes / 60;
      return hours === 1 ? "Every hour" : `Every ${hours} hours`;
    }
    return `Every ${schedule.minutes} minutes`;
  }
  if (schedule.every === "day") return `Every day at ${schedule.at}, UK time`;
  return `On the ${ordinal(schedule.day)} of every month at ${schedule.at}, UK time`;
}
