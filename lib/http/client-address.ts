/**
 * The client's address as the proxy in front of us saw it: the last x-forwarded-for entry,
 * which that proxy appended. Earlier entries come from the client and can be forged, so they
 * must not key per-address throttling or audit records.
 */
export function clientAddress(forwardedFor: string | null | undefined): string | undefined {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  return last || undefined;
}
