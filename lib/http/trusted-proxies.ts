import proxyAddr from "proxy-addr";

export interface TrustedProxies {
  /** proxy-addr's trust test: addresses, CIDR ranges, or loopback / linklocal / uniquelocal. */
  trust: (address: string, hop: number) => boolean;
  /** How many proxies, at most, stand between the client and this server. */
  hops: number;
}

export const NO_TRUSTED_PROXIES: TrustedProxies = { trust: () => false, hops: 0 };

/** Reads TRUSTED_PROXIES (comma-separated) and TRUSTED_PROXY_HOPS; throws on a bad entry. */
export function parseTrustedProxies(
  list: string | undefined,
  hops: number | undefined,
): TrustedProxies {
  const entries = (list ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return NO_TRUSTED_PROXIES;
  const matches = proxyAddr.compile(entries);
  return { trust: (address) => matches(address, 0), hops: hops ?? 1 };
}
