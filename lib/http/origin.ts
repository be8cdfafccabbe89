import { AppError, type ErrorBody, toErrorBody } from "@/lib/errors";

// Cross-site request forgery defence (OWASP ASVS 4.0.3 V4.2.2): browsers send Origin on every
// POST, PUT, PATCH and DELETE, and a page on another site cannot forge it. So a state-changing
// request is served only if its Origin is this service's own.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// A bare host name, IPv4 or bracketed IPv6 address, with an optional port: nothing that would
// change the meaning of the URL it is put in.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

export interface RequestLike {
  method: string;
  /** The absolute URL the server received; its protocol is used when no proxy names one. */
  url: string;
  headers: Headers;
}

/** Anything but GET, HEAD and OPTIONS may change state. */
export function isStateChangingMethod(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

/** The normalised origin ("https://host[:port]") of a URL-like string, or null. */
export function toOrigin(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== "/") return null;
  return url.origin;
}

/** Reads APP_ORIGINS: comma-separated origins such as `https://coalition.example.nhs.uk`. */
export function parseAllowedOrigins(value: string | undefined): {
  origins: string[];
  invalid: string[];
} {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const entry of (value ?? "").split(",")) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const origin = toOrigin(trimmed);
    if (origin) origins.push(origin);
    else invalid.push(trimmed);
  }
  return { origins, invalid };
}

// Proxies append to x-forwarded-*; the first value is what the client sent to the first proxy.
function firstValue(header: string | null): string | undefined {
  const first = header?.split(",")[0]?.trim();
  return first || undefined;
}

/**
 * The origin the browser addressed: the Host header, or, when the request came through a trusted
 * proxy (TRUSTED_PROXIES, lib/http/client-address), the x-forwarded-host and x-forwarded-proto it
 * names. From anyone else those headers are the client's own words and are ignored.
 */
export function addressedOrigin(
  headers: Headers,
  requestUrl: string,
  viaTrustedProxy = false,
): string | null {
  const forwardedHost = viaTrustedProxy ? firstValue(headers.get("x-forwarded-host")) : undefined;
  const forwardedProto = viaTrustedProxy ? firstValue(headers.get("x-forwarded-proto")) : undefined;
  const host = forwardedHost ?? firstValue(headers.get("host"));
  if (!host || !HOST.test(host)) return null;
  const protocol = forwardedProto?.toLowerCase() ?? new URL(requestUrl).protocol.replace(/:$/, "");
  if (protocol !== "https" && protocol !== "http") return null;
  return toOrigin(`${protocol}://${host}`);
}

/** True if the request's Origin is the origin it was addressed to, or one of allowedOrigins. */
export function isSameOrigin(
  request: Pick<RequestLike, "url" | "headers">,
  allowedOrigins: readonly string[],
  viaTrustedProxy = false,
): boolean {
  const header = request.headers.get("origin");
  // "null" is the opaque origin of sandboxed frames, file: pages and some redirects.
  if (!header || header === "null") return false;
  const origin = toOrigin(header);
  if (!origin) return false;
  return (
    allowedOrigins.includes(origin) ||
    origin === addressedOrigin(request.headers, request.url, viaTrustedProxy)
  );
}

/** Safe methods always pass; state-changing ones need a same-origin Origin header. */
export function passesOriginCheck(
  request: RequestLike,
  allowedOrigins: readonly string[],
  viaTrustedProxy = false,
): boolean {
  return (
    !isStateChangingMethod(request.method) || isSameOrigin(request, allowedOrigins, viaTrustedProxy)
  );
}

/** The 403 a refused request gets, in the app's usual error shape. */
export function crossOriginRefusal(requestId: string): { status: number; body: ErrorBody } {
  return toErrorBody(
    new AppError(
      "FORBIDDEN",
      "This request was refused because it did not come from this service's own pages.",
    ),
    requestId,
  );
}
