// Every address the platform sends someone on to (after signing in, after a form, after a
// refusal) goes through here, so that a link can never send people off the site (OWASP ASVS
// 5.1.5). The value is parsed as a browser would, against the app's own origin, and only a path on
// that origin comes back; anything else becomes the fallback.

// Stands in for the app's origin when only a path may be given: no real host has this name.
const PLACEHOLDER_ORIGIN = "http://coalition.invalid";

// Browsers drop tabs and line breaks from URLs and read "\" as "/", so "/\evil.example" and
// "/<TAB>/evil.example" open another site; a line break in a Location header is a 500 too.
function hasUnsafeCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code <= 0x1f || code === 0x7f || code === 0x5c) return true;
  }
  return false;
}

/**
 * The same-origin path (with its query and fragment) that `value` leads to, or `fallback`.
 * `origin` is the app's own origin (such as next-auth's baseUrl): absolute URLs on it are
 * accepted too. Without it only paths are.
 */
export function safeRedirectPath(value: unknown, fallback = "/", origin?: string): string {
  if (typeof value !== "string" || value === "" || hasUnsafeCharacter(value)) return fallback;
  const base = origin ?? PLACEHOLDER_ORIGIN;
  let url: URL;
  let own: URL;
  try {
    own = new URL(base);
    url = new URL(value, own);
  } catch {
    return fallback;
  }
  if (url.origin !== own.origin) return fallback;
  // "//evil.example" would be another origin above; a path of the same origin is what is left.
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("//") ? fallback : path;
}

/** The sign-in page's address that brings the person back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  return `/sign-in?callbackUrl=${encodeURIComponent(safeRedirectPath(returnTo))}`;
}
