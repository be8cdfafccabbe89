import { describe, expect, it } from "vitest";

import { PEER_ADDRESS_HEADER, resolveClient } from "@/lib/http/client-address";
import { NO_TRUSTED_PROXIES, parseTrustedProxies } from "@/lib/http/trusted-proxies";

function headers(peer: string | undefined, forwardedFor?: string): Headers {
  const result = new Headers();
  if (peer) result.set(PEER_ADDRESS_HEADER, peer);
  if (forwardedFor) result.set("x-forwarded-for", forwardedFor);
  return result;
}

describe("the client's address", () => {
  it("is the connection's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    const client = resolveClient(headers("203.0.113.9", "1.2.3.4"), NO_TRUSTED_PROXIES, true);

    expect(client).toEqual({ address: "203.0.113.9", viaTrustedProxy: false });
  });

  it("differs for each rotated X-Forwarded-For only through a trusted proxy", () => {
    const proxies = parseTrustedProxies("10.0.0.0/8", 1);
    const direct = ["1.1.1.1", "2.2.2.2"].map(
      (forged) => resolveClient(headers("203.0.113.9", forged), proxies, true).address,
    );
    expect(direct).toEqual(["203.0.113.9", "203.0.113.9"]);

    const proxied = resolveClient(headers("10.0.0.5", "1.2.3.4, 198.51.100.7"), proxies, true);
    expect(proxied).toEqual({ address: "198.51.100.7", viaTrustedProxy: true });
  });

  it("walks as many trusted hops as configured, and no further", () => {
    const chain = headers("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.9");

    expect(resolveClient(chain, parseTrustedProxies("10.0.0.0/8", 1), true).address).toBe(
      "10.0.0.9",
    );
    expect(resolveClient(chain, parseTrustedProxies("10.0.0.0/8", 2), true).address).toBe(
      "198.51.100.7",
    );
    // 198.51.100.7 is no trusted proxy: what it forwarded is the client's own word.
    expect(resolveClient(chain, parseTrustedProxies("10.0.0.0/8", 5), true).address).toBe(
      "198.51.100.7",
    );
  });

  it("stops at a forwarded entry that is not an address", () => {
    const proxies = parseTrustedProxies("loopback", 1);

    expect(resolveClient(headers("127.0.0.1", "unknown"), proxies, true).address).toBe("127.0.0.1");
  });

  it("names an IPv4 client on a dual-stack socket once", () => {
    expect(resolveClient(headers("::ffff:203.0.113.9"), NO_TRUSTED_PROXIES, true).address).toBe(
      "203.0.113.9",
    );
  });

  it("is unknown, never a shared key, when the server did not stamp the connection", () => {
    expect(resolveClient(headers(undefined, "1.2.3.4"), NO_TRUSTED_PROXIES, true).address).toBe(
      undefined,
    );
    // A client that sends the server's own header itself is not believed either.
    expect(resolveClient(headers("1.2.3.4"), NO_TRUSTED_PROXIES, false).address).toBe(undefined);
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or a range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.example", 1)).toThrow();
  });
});
