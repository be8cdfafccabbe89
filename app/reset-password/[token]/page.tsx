import { ChoosePasswordForm } from "@/components/account/choose-password-form";
import { LinkProblem } from "@/components/account/link-problem";
import { findPasswordResetByToken } from "@/lib/password-reset/find-reset-by-token";
import { resetLinkMessages } from "@/lib/password-reset/link-state";

import { resetPassword } from "./actions";

export const metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Where a password-reset link lands: open to anyone holding the link. */
export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const link = await findPasswordResetByToken(token);
  if (!link.reset) {
    return (
      <LinkProblem
        heading="This password link cannot be used"
        message={resetLinkMessages[link.state === "usable" ? "unknown" : link.state]}
        next={{ href: "/forgot-password", label: "Ask for another link" }}
      />
    );
  }
  return (
    <div className="max-w-[720px]">
      <h1>Choose a new password</h1>
      <p>
        For your account, <strong>{link.reset.user.email}</strong>. Every device signed in to it
        will be signed out.
      </p>
      <ChoosePasswordForm
        email={link.reset.user.email}
        submit={resetPassword.bind(null, token)}
        buttonLabel="Change password"
      />
    </div>
  );
}
