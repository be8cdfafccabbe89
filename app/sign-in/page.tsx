import { redirect } from "next/navigation";

import { SignInForm } from "@/components/auth/sign-in-form";
import { getActor } from "@/lib/auth/get-actor";
import { isDemoMode } from "@/lib/server/demo-mode";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/db/seed/demo-accounts";

export const metadata = { title: "Sign in" };

// Only same-site paths: an absolute URL here would let a link send people elsewhere after sign-in.
function safeCallbackUrl(value: string | undefined): string {
  return value?.startsWith("/") && !value.startsWith("//") ? value : "/";
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  const demo = await isDemoMode();
  return (
    <div className="grid gap-12 md:grid-cols-[3fr_2fr]">
      <div>
        <h1>Sign in</h1>
        <SignInForm callbackUrl={callbackUrl} />
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
