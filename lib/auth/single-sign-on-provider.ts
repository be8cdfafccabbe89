import "server-only";

import type { OAuthConfig } from "next-auth/providers/oauth";

import type { ServerEnv } from "@/lib/env";

export const SINGLE_SIGN_ON_PROVIDER_ID = "oidc";

interface IdTokenClaims {
  iss: string;
  sub: string;
  email?: string;
  preferred_username?: string;
  name?: string;
  email_verified?: unknown;
  xms_edov?: unknown;
}

/**
 * A generic OpenID Connect provider (Microsoft Entra ID and others), configured from the
 * environment; none when it is not configured. Authorisation code flow with PKCE, state and nonce.
 */
export function singleSignOnProvider(env: ServerEnv): OAuthConfig<IdTokenClaims> | undefined {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return undefined;
  const issuer = env.OIDC_ISSUER.replace(/\/$/, "");
  return {
    id: SINGLE_SIGN_ON_PROVIDER_ID,
    name: env.OIDC_DISPLAY_NAME,
    type: "oauth",
    wellKnown: `${issuer}/.well-known/openid-configuration`,
    issuer,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile: (claims) => ({
      id: claims.sub,
      email: claims.email ?? null,
      name: claims.name ?? claims.email ?? null,
    }),
  };
}
