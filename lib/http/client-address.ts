import { isIP } from "node:net";

import { readServerEnv } from "@/lib/env";
import { logger } from "@/lib/server/logger";

import peerAddress from "./peer-address.json" with { type: "json" };
import { parseTrustedProxies, type TrustedProxies } from "./trusted-proxies";

// Who is on the other end of a request (OWASP ASVS 4.0.3 V7.1.3, V11.1.4): the address of the TCP
// connection, unless that connection comes from a proxy the deployment names in TRUSTED_PROXIES;
// then the address that proxy appended to X-Forwarded-For, and so on through as many trusted
// proxies (hops) as configured. Anything further left in X-Forwarded-For was written by the client
// and is never believed. Route handlers and server actions do not see the socket, so the server
// (scripts/serve.mjs) stamps its address into a header of its own, after removing any copy the
// client sent; without that server (`next dev`, a bare `next start`) the address is unknown, and
// unknown never means one shared "unknown" key.

export const PEER_ADDRESS_HEADER: string = peerAddress.header;
export const PEER_ADDRESS_STAMPED_ENV: string = peerAddress.stampedEnv;

type HeaderSource = Headers | Record<string, unknown> | undefined;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string").join(",");
  return undefined;
}

export interface ClientOrigin {
  /** The client's address, or undefined when the server did not say who connected. */
  address: string | undefined;
  /** True when the connection came from a trusted proxy, whose X-Forwarded-* may be believed. */
  viaTrustedProxy: boolean;
}

/** The client behind a request, as seen by this server and the proxies it trusts. */
export function resolveClient(
  headers: HeaderSource,
  proxies: TrustedProxies,
  stamped: boolean = process.env[PEER_ADDRESS_STAMPED_ENV] === "1",
): ClientOrigin {
  const peer = stamped ? headerValue(headers, PEER_ADDRESS_HEADER)?.trim() : undefined;
  if (!peer) return { address: undefined, viaTrustedProxy: false };
  const forwarded = (headerValue(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
  // As proxy-addr walks the chain: from the socket leftwards while each hop is a trusted proxy.
  let address = peer;
  let hop = 0;
  while (hop < proxies.hops && proxies.trust(address, hop)) {
    const next = forwarded[hop];
    if (!next || isIP(next) === 0) break;
    address = next;
    hop += 1;
  }
  return { address: normalise(address), viaTrustedProxy: proxies.trust(peer, 0) };
}

// "::ffff:203.0.113.9" is how a dual-stack socket names an IPv4 client: keep one key per client.
function normalise(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped?.[1] ?? address.toLowerCase();
}

let configured: TrustedProxies | undefined;

/** The client behind a request, with the deployment's TRUSTED_PROXIES. */
export function requestClient(headers: HeaderSource): ClientOrigin {
  if (!configured) {
    const env = readServerEnv();
    configured = parseTrustedProxies(env.TRUSTED_PROXIES, env.TRUSTED_PROXY_HOPS);
    if (process.env.NODE_ENV === "production" && process.env[PEER_ADDRESS_STAMPED_ENV] !== "1") {
      logger.warn(
        "Client addresses are unknown: serve the app with npm run serve (scripts/serve.mjs), not a bare next start, so that limits count per address.",
      );
    }
  }
  return resolveClient(headers, configured);
}

/** The client's address for rate limits and the audit trail; undefined when unknown. */
export function clientAddress(headers: HeaderSource): string | undefined {
  return requestClient(headers).address;
}
