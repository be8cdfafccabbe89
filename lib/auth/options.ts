import "server-only";

import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { readServerEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";

import { authenticate, type AuthenticatedUser } from "./authenticate";
import { readAuthSecret } from "./secret";
import { endAllSessions } from "./sign-out";

/** Sessions end 30 minutes after the last activity and 12 hours after signing in at the latest. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}

function buildAuthOptions(): NextAuthOptions {
  const env = readServerEnv();
  const secure = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  return {
    secret: readAuthSecret(env),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    cookies: {
      sessionToken: {
        // __Host-: only over HTTPS, for this host alone, for the whole site.
        name: secure ? "__Host-coalition.session" : "coalition.session",
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const forwarded = header(request.headers, "x-forwarded-for")?.split(",")[0]?.trim();
          try {
            return await authenticate(credentials, {
              ipAddress: forwarded || "unknown",
              requestId: header(request.headers, REQUEST_ID_HEADER),
            });
          } catch (error) {
            // next-auth hands an Error's message to the sign-in page; only ours are fit to show.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    events: {
      async signOut({ token }) {
        if (token.sub) await endAllSessions(token.sub);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as unknown as AuthenticatedUser;
          token.sub = signedIn.id;
          token.sessionVersion = signedIn.sessionVersion;
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        return {
          ...session,
          userId: token.sub ?? "",
          sessionVersion: token.sessionVersion ?? -1,
          signedInAt: token.signedInAt ?? 0,
        };
      },
    },
  };
}

let options: NextAuthOptions | undefined;
export function getAuthOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}
