import "server-only";

import { headers } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

import { readServerEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientAddress } from "@/lib/http/client-address";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

import { authenticate, type AuthenticatedUser } from "./authenticate";
import { readAuthSecret } from "./secret";
import {
  isSecureDeployment,
  SESSION_IDLE_SECONDS,
  sessionCookieName,
  sessionCookieOptions,
} from "./session-cookie";
import { endAllSessions } from "./sign-out";
import { findSingleSignOnUser, signInWithSingleSignOn } from "./single-sign-on";
import { SINGLE_SIGN_ON_PROVIDER_ID, singleSignOnProvider } from "./single-sign-on-provider";

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = headers?.[name];
  return typeof value === "string" ? value : undefined;
}

async function requestContext() {
  const requestHeaders = await headers();
  return {
    requestId: requestHeaders.get(REQUEST_ID_HEADER) ?? undefined,
    ipAddress: clientAddress(requestHeaders),
  };
}

function buildAuthOptions(): NextAuthOptions {
  const env = readServerEnv();
  const secure = isSecureDeployment(env);
  const singleSignOn = singleSignOnProvider(env);
  return {
    secret: readAuthSecret(env),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    cookies: {
      sessionToken: { name: sessionCookieName(secure), options: sessionCookieOptions(secure) },
    },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          try {
            return await authenticate(credentials, {
              ipAddress: clientAddress(request.headers),
              requestId: header(request.headers, REQUEST_ID_HEADER),
            });
          } catch (error) {
            // next-auth hands an Error's message to the sign-in page; only ours are fit to show.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
      ...(singleSignOn ? [singleSignOn] : []),
    ],
    events: {
      async signOut({ token }) {
        if (token.sub) await endAllSessions(token.sub);
      },
    },
    callbacks: {
      // Where next-auth sends people after signing in or out: only ever a path of this site.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url, "/", baseUrl)}`;
      },
      async signIn({ account, profile }) {
        if (account?.provider !== SINGLE_SIGN_ON_PROVIDER_ID) return true;
        const outcome = await signInWithSingleSignOn(
          { ...profile, issuer: singleSignOn?.issuer ?? "", subject: account.providerAccountId },
          await requestContext(),
        );
        return outcome.ok ? true : `/sign-in?error=${outcome.reason}`;
      },
      async jwt({ token, user, account }) {
        if (account?.provider === SINGLE_SIGN_ON_PROVIDER_ID) {
          const linked = await findSingleSignOnUser(
            singleSignOn?.issuer ?? "",
            account.providerAccountId,
          );
          // The signIn callback has just linked this identity; no account means no session.
          token.sub = linked?.id ?? "";
          token.sessionVersion = linked?.sessionVersion ?? -1;
          token.signedInAt = Date.now();
        } else if (user) {
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
