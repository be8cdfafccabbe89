import Link from "@/components/ui/link";
import { redirect } from "next/navigation";

import { SignedOutNotice } from "@/components/account/signed-out-notice";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SingleSignOnButton } from "@/components/auth/single-sign-on-button";
import { getActor } from "@/lib/auth/get-actor";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { readServerEnv } from "@/lib/env";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import { isDemoMode } from "@/lib/server/demo-mode";
import { rememberedSignInEmail } from "@/lib/server/sign-in-email";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/db/seed/demo-accounts";

export const metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; notice?: string }>;
}) {
  const query = await searchParams;
  const callbackUrl = safeRedirectPath(query.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const demo = await isDemoMode();
  const env = readServerEnv();
  const singleSignOn = env.OIDC_ISSUER ? env.OIDC_DISPLAY_NAME : undefined;
  const error = signInErrorMessage(query.error);
  return (
    <div className="grid gap-12 md:grid-cols-[3fr_2fr]">
      <div>
        <h1>Sign in</h1>
        <SignedOutNotice notice={query.notice} />
        {error ? (
          <div role="alert" className="mb-8 border-4 border-nhs-red bg-white p-4 md:p-6">
            <h2 className="text-xl md:text-2xl">There is a problem</h2>
            <p className="mb-0 font-bold text-nhs-red">{error}</p>
          </div>
        ) : null}
        {singleSignOn ? (
          <section aria-labelledby="single-sign-on" className="mb-8">
            <h2 id="single-sign-on" className="text-xl md:text-2xl">
              With your organisation&apos;s account
            </h2>
            <SingleSignOnButton providerName={singleSignOn} callbackUrl={callbackUrl} />
          </section>
        ) : null}
        {singleSignOn ? (
          <h2 className="text-xl md:text-2xl">With your email address and password</h2>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} email={await rememberedSignInEmail()} />
        <p>
          <Link href="/forgot-password" className="inline-block min-h-6">
            Forgot your password?
          </Link>
        </p>
      </div>
      {demo ? (
        <aside aria-labelledby="demo-accounts" className="nhs-card self-start">
          <h2 id="demo-accounts" className="text-xl md:text-2xl">
            Demo accounts
          </h2>
          <p>
            This is a demonstration with fictional data. Every account&apos;s password is{" "}
            <code className="font-bold">{DEMO_PASSWORD}</code>.
          </p>
          <ul className="mb-0 list-none">
            {demoAccounts.map((account) => (
              <li key={account.email} className="mb-2">
                <span className="block font-bold">{account.describes}</span>
                <code className="break-all">{account.email}</code>
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </div>
  );
}
