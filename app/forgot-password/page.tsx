import Link from "@/components/ui/link";

import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

export const metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href="/sign-in">Back to sign in</Link>
      </p>
      <h1>Forgot your password?</h1>
      <p>
        Enter the email address of your account. We will email you a link to choose a new password.
        The link works once, for 1 hour.
      </p>
      <ForgotPasswordForm />
    </div>
  );
}
