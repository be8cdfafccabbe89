// A real OpenID Connect provider for the end-to-end suite, standing in for an organisation's
// Microsoft Entra ID. Anyone may sign in with any login: the login is the email address, and
// logins starting "unverified." come with an unverified email.
import Provider from "oidc-provider";

import {
  identityProviderClient,
  identityProviderIssuer as issuer,
  identityProviderPort as port,
} from "./identity-provider-settings";

const appPort = Number(process.env.E2E_PORT ?? 3100);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: identityProviderClient.clientId,
      client_secret: identityProviderClient.clientSecret,
      redirect_uris: [`http://127.0.0.1:${appPort}/api/auth/callback/oidc`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // As Entra ID does: the email claims travel in the ID token itself.
  conformIdTokenClaims: false,
  cookies: { keys: ["e2e-identity-provider-cookie-key"] },
  features: { devInteractions: { enabled: true } },
  findAccount: (_context, login) => ({
    accountId: login,
    claims: () => ({
      sub: `entra-${Buffer.from(login).toString("hex")}`,
      email: login.replace(/^unverified\./, ""),
      email_verified: !login.startsWith("unverified."),
      name: login.split("@")[0] ?? login,
    }),
  }),
});

provider.listen(port, "127.0.0.1", () => {
  console.log(`Identity provider listening on ${issuer}`);
});
