// Times in the audit trail as people in the coalition read them: UK time, whatever the server's
// zone, such as "6 Dec 2026, 14:05" (British Summer Time included).

const londonTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** A moment as "6 Dec 2026, 14:05", in Europe/London time. */
export function formatLondonTime(moment: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    londonTime.formatToParts(moment).find((p) => p.type === type)?.value ?? "";
  return `${part("day")} ${part("month")} ${part("year")}, ${part("hour")}:${part("minute")}`;
}
