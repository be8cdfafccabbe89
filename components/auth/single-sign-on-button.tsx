"use client";

import { signIn } from "next-auth/react";

export function SingleSignOnButton({
  providerName,
  callbackUrl,
}: {
  providerName: string;
  callbackUrl: string;
}) {
  return (
    <button
      type="button"
      className="nhs-button nhs-button-secondary"
      onClick={() => void signIn("oidc", { callbackUrl })}
    >
      Sign in with {providerName}
    </button>
  );
}
