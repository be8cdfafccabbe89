// Security headers (OWASP ASVS 4.0.3 V14.4), built by pure functions that proxy.ts uses on every
// request.
import staticSecurityHeaders from "./static-security-headers.json";

export const CONTENT_SECURITY_POLICY_HEADER = "Content-Security-Policy";
// Server components that render their own <Script> read the request's nonce from here.
export const NONCE_HEADER = "x-nonce";

export interface HeaderEntry {
  key: string;
  value: string;
}

/**
 * Headers that are the same on every response. They are set in next.config.ts, which reaches
 * static files too; the Content-Security-Policy varies per request and comes from proxy.ts.
 */
// The list lives in JSON so that next.config.js applies the very same values to static files.
// X-Frame-Options is superseded by frame-ancestors, but older browsers only know it.
export const STATIC_SECURITY_HEADERS: readonly HeaderEntry[] = staticSecurityHeaders;

const BASE64 = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/** 128 random bits, base64: unguessable and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy for one response. Scripts run only with the nonce, or when loaded
 * by a script that had it ('strict-dynamic'): that is how Next.js loads its chunks. Next.js puts
 * the nonce on its own scripts after reading it from this header on the request. In production,
 * styles come only from the app's own stylesheets.
 */
export function buildContentSecurityPolicy(nonce: string, { dev }: { dev: boolean }): string {
  // A nonce outside base64 could end the directive and smuggle in another one.
  if (!BASE64.test(nonce)) throw new Error("A CSP nonce must be at least 16 base64 characters");
  // `next dev` only: React rebuilds server error stacks with eval, and the dev overlay injects
  // <style> elements that carry no nonce.
  const devScripts = dev ? ["'unsafe-eval'"] : [];
  const devStyles = dev ? ["'unsafe-inline'"] : [];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...devScripts],
    ["style-src", "'self'", ...devStyles],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["frame-ancestors", "'none'"],
    ["form-action", "'self'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}
