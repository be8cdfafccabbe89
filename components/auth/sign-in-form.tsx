"use client";

import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";

import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type SignInInput, signInSchema } from "@/lib/auth/schemas";
import { safeRedirectPath } from "@/lib/http/safe-redirect";
import type { ActionResult } from "@/lib/server/action";

const WRONG_CREDENTIALS = "Enter a correct email address and password";
const fields = ["email", "password"] as const;

/** Signing in goes through next-auth's own endpoint, whose answer is read as an action's. */
async function signInWithPassword(values: SignInInput): Promise<ActionResult> {
  const result = await signIn("credentials", { ...values, redirect: false });
  if (result && !result.error) return { ok: true, data: undefined };
  const message =
    !result?.error || result.error === "CredentialsSignin" ? WRONG_CREDENTIALS : result.error;
  return { ok: false, code: "UNAUTHENTICATED", message };
}

/** Email and password; `email` fills in the address of someone who has just set a password. */
export function SignInForm({ callbackUrl, email = "" }: { callbackUrl: string; email?: string }) {
  const router = useRouter();
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: signInSchema,
    defaultValues: { email, password: "" },
    fields,
    action: signInWithPassword,
    // The session cookie is set by next-auth's endpoint, not by a server action that could
    // redirect: so the form moves on itself once signed in.
    onSuccess: () => {
      router.push(safeRedirectPath(callbackUrl));
      router.refresh();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="email"
        label="Email address"
        type="email"
        autoComplete="username"
        spellCheck={false}
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        id="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <FormFooter submitLabel="Sign in" isSubmitting={isSubmitting} />
    </form>
  );
}
