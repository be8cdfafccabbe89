// Shared by the end-to-end identity provider and the app server it signs people in to.
export const identityProviderPort = Number(process.env.E2E_IDP_PORT ?? 3199);
export const identityProviderIssuer = `http://127.0.0.1:${identityProviderPort}`;
export const identityProviderClient = {
  clientId: "coalition-e2e",
  clientSecret: "e2e-client-secret-not-used-anywhere-else",
};
export const identityProviderName = "Elmshire NHS account";
