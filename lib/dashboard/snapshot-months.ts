/** The first day (UTC) of the month before `now`'s: the month a snapshot taken now is for. */
export function previousMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
}
