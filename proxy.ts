import { type NextRequest, NextResponse } from "next/server";

import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/http/request-id";

// Gives every request an id, passed to the page (for error pages) and returned to the client,
// so that a user's report can be matched to the server's log line.
export function proxy(request: NextRequest) {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
