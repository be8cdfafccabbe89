/** A day as people read it, "6 Dec 2026", or the fallback. */
export const formatDay = (date: Date | string | null | undefined, fallback = "Not set") => {
  if (!date) return fallback;
  const value = typeof date === "string" ? new Date(`${date}T00:00:00.000Z`) : date;
  return value.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
};

/** A moment in UK time, "6 Dec 2026, 14:05". */
export const formatMoment = (date: Date) =>
  date.toLocaleString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/London",
  });

/** A day in full for documents, "6 December 2026", or "Not set". */
export function dayWords(value: string | Date | null | undefined): string {
  if (!value) return "Not set";
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return Number.isNaN(date.getTime())
    ? "Not set"
    : date.toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" });
}
