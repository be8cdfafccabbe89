import { describe, expect, it } from "vitest";

import {
  addressedOrigin,
  crossOriginRefusal,
  isSameOrigin,
  isStateChangingMethod,
  parseAllowedOrigins,
  passesOriginCheck,
  type RequestLike,
} from "@/lib/http/origin";

const URL_SEEN_BY_SERVER = "http://127.0.0.1:3000/api/things";

function request(method: string, headers: Record<string, string>): RequestLike {
  return { method, url: URL_SEEN_BY_SERVER, headers: new Headers(headers) };
}

describe("which methods are checked", () => {
  it.each(["POST", "PUT", "PATCH", "DELETE", "post"])("%s changes state", (method) => {
    expect(isStateChangingMethod(method)).toBe(true);
  });

  it.each(["GET", "HEAD", "OPTIONS", "get"])("%s does not", (method) => {
    expect(isStateChangingMethod(method)).toBe(false);
  });
});

describe("the origin a request was addressed to", () => {
  it("is the Host header with the server's own protocol", () => {
    expect(
      addressedOrigin(new Headers({ host: "coalition.example:3000" }), URL_SEEN_BY_SERVER),
    ).toBe("http://coalition.example:3000");
  });

  it("is what a trusted reverse proxy names in x-forwarded-host and x-forwarded-proto", () => {
    const headers = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "coalition.nhs.example, internal-lb:8080",
      "x-forwarded-proto": "https,http",
    });

    expect(addressedOrigin(headers, URL_SEEN_BY_SERVER, true)).toBe(
      "https://coalition.nhs.example",
    );
  });

  it("ignores x-forwarded-host and x-forwarded-proto from anyone but a trusted proxy", () => {
    const headers = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
    });

    expect(addressedOrigin(headers, URL_SEEN_BY_SERVER)).toBe("http://127.0.0.1:3000");
  });

  it("drops the protocol's default port", () => {
    const headers = new Headers({ host: "coalition.example:443", "x-forwarded-proto": "https" });

    expect(addressedOrigin(headers, URL_SEEN_BY_SERVER, true)).toBe("https://coalition.example");
  });

  it.each(["evil.example/path", "user@evil.example", "", "a b"])(
    "is unknown for the host %j",
    (host) => {
      expect(addressedOrigin(new Headers({ host }), URL_SEEN_BY_SERVER)).toBeNull();
    },
  );
});

describe("the Origin check", () => {
  it("accepts a request from the origin it was addressed to", () => {
    const post = request("POST", { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" });

    expect(isSameOrigin(post, [])).toBe(true);
    expect(passesOriginCheck(post, [])).toBe(true);
  });

  it("accepts a request through a reverse proxy from the origin the proxy serves", () => {
    const post = request("POST", {
      host: "127.0.0.1:3000",
      "x-forwarded-host": "coalition.nhs.example",
      "x-forwarded-proto": "https",
      origin: "https://coalition.nhs.example",
    });

    expect(passesOriginCheck(post, [], true)).toBe(true);
  });

  it("refuses a forged x-forwarded-host that matches the forged Origin (finding 9)", () => {
    const post = request("POST", {
      host: "127.0.0.1:3000",
      "x-forwarded-host": "evil.example",
      origin: "http://evil.example",
    });

    expect(passesOriginCheck(post, [])).toBe(false);
  });

  it("refuses the right host on the wrong protocol", () => {
    const post = request("POST", {
      host: "127.0.0.1:3000",
      "x-forwarded-host": "coalition.nhs.example",
      "x-forwarded-proto": "https",
      origin: "http://coalition.nhs.example",
    });

    expect(passesOriginCheck(post, [], true)).toBe(false);
  });

  it("accepts an origin listed in APP_ORIGINS", () => {
    const { origins } = parseAllowedOrigins("https://coalition.nhs.example");
    const post = request("POST", {
      host: "127.0.0.1:3000",
      origin: "https://coalition.nhs.example",
    });

    expect(passesOriginCheck(post, origins)).toBe(true);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("refuses %s from another site", (method) => {
    const foreign = request(method, { host: "127.0.0.1:3000", origin: "https://evil.example" });

    expect(passesOriginCheck(foreign, ["https://coalition.nhs.example"])).toBe(false);
  });

  it.each([
    ["a look-alike host", "http://127.0.0.1:3000.evil.example"],
    ["another port", "http://127.0.0.1:3001"],
    ["the opaque origin", "null"],
    ["something that is not an origin", "not a url"],
  ])("refuses %s", (_label, origin) => {
    expect(passesOriginCheck(request("POST", { host: "127.0.0.1:3000", origin }), [])).toBe(false);
  });

  it("refuses a state-changing request with no Origin header", () => {
    expect(passesOriginCheck(request("POST", { host: "127.0.0.1:3000" }), [])).toBe(false);
    expect(passesOriginCheck(request("DELETE", { host: "127.0.0.1:3000" }), [])).toBe(false);
  });

  it("refuses when the addressed origin cannot be told", () => {
    expect(passesOriginCheck(request("POST", { origin: "http://127.0.0.1:3000" }), [])).toBe(false);
  });

  it.each(["GET", "HEAD", "OPTIONS"])("never blocks %s", (method) => {
    expect(passesOriginCheck(request(method, { origin: "https://evil.example" }), [])).toBe(true);
    expect(passesOriginCheck(request(method, {}), [])).toBe(true);
  });
});

describe("APP_ORIGINS", () => {
  it("is a comma-separated list of origins, normalised", () => {
    expect(
      parseAllowedOrigins(
        " https://Coalition.NHS.example/ , http://localhost:8080,,https://a.example:443",
      ),
    ).toEqual({
      origins: ["https://coalition.nhs.example", "http://localhost:8080", "https://a.example"],
      invalid: [],
    });
  });

  it("is empty when unset", () => {
    expect(parseAllowedOrigins(undefined)).toEqual({ origins: [], invalid: [] });
    expect(parseAllowedOrigins("")).toEqual({ origins: [], invalid: [] });
  });

  it("names entries that are not origins", () => {
    expect(
      parseAllowedOrigins(
        "coalition.example,https://a.example/app,ftp://b.example,https://c.example",
      ).invalid,
    ).toEqual(["coalition.example", "https://a.example/app", "ftp://b.example"]);
  });
});

describe("the refusal", () => {
  it("is a 403 in the app's error shape, with the request id", () => {
    const { status, body } = crossOriginRefusal("req-1");

    expect(status).toBe(403);
    expect(body).toEqual({
      error: { code: "FORBIDDEN", message: expect.any(String) as unknown },
      requestId: "req-1",
    });
  });
});
