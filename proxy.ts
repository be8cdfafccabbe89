import { type NextRequest, NextResponse } from "next/server";

import {
  SESSION_IDLE_SECONDS,
  sessionCookieOptions,
  slideSession,
} from "@/lib/auth/session-cookie";
import { sessionSettings } from "@/lib/auth/session-settings";
import { readServerEnv } from "@/lib/env";
import { requestClient } from "@/lib/http/client-address";
import { crossOriginRefusal, isStateChangingMethod, passesOriginCheck } from "@/lib/http/origin";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/http/request-id";
import { bodyLimitFor } from "@/lib/http/upload-limits";
import {
  buildContentSecurityPolicy,
  CONTENT_SECURITY_POLICY_HEADER,
  createNonce,
  NONCE_HEADER,
} from "@/lib/http/security-headers";

let allowedOrigins: readonly string[] | undefined;

// Activity keeps a session alive: its idle deadline moves on with each visit. next-auth's own
// routes set or clear the cookie themselves and are left alone.
async function slideSessionCookie(request: NextRequest, response: NextResponse) {
  if (request.nextUrl.pathname.startsWith("/api/auth/")) return;
  const { name, secure, secret } = sessionSettings();
  const current = request.cookies.get(name)?.value;
  const refreshed = current && (await slideSession(current, secret));
  if (refreshed) {
    response.cookies.set(name, refreshed, {
      ...sessionCookieOptions(secure),
      maxAge: SESSION_IDLE_SECONDS,
    });
  }
}

// A body larger than the page's form needs is refused before it is read, with what the limit is
// (lib/http/upload-limits), rather than the framework's generic error page.
function oversizeRefusal(request: NextRequest): NextResponse | null {
  if (!isStateChangingMethod(request.method)) return null;
  const length = Number(request.headers.get("content-length") ?? 0);
  const { maxBytes, message } = bodyLimitFor(request.nextUrl.pathname);
  if (!(length > maxBytes)) return null;
  return new NextResponse(message, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

// Every request gets an id, passed to the page (for error pages) and returned to the client, so
// that a user's report can be matched to the server's log line. State-changing requests from
// other origins are refused. Every response gets a Content-Security-Policy with a fresh nonce;
// Next.js reads the nonce from the request's copy of the header and puts it on its scripts.
export async function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });

  allowedOrigins ??= readServerEnv().APP_ORIGINS;
  let response: NextResponse;
  const { viaTrustedProxy } = requestClient(request.headers);
  const tooLarge = oversizeRefusal(request);
  if (tooLarge) {
    response = tooLarge;
  } else if (passesOriginCheck(request, allowedOrigins, viaTrustedProxy)) {
    const headers = new Headers(request.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    headers.set(NONCE_HEADER, nonce);
    headers.set(CONTENT_SECURITY_POLICY_HEADER, csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    const { status, body } = crossOriginRefusal(requestId);
    response = NextResponse.json(body, { status });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set(CONTENT_SECURITY_POLICY_HEADER, csp);
  await slideSessionCookie(request, response);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
