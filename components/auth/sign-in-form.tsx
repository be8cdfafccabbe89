"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { type SignInInput, signInSchema } from "@/lib/auth/schemas";
import { safeRedirectPath } from "@/lib/http/safe-redirect";

const WRONG_CREDENTIALS = "Enter a correct email address and password";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), shouldFocusError: false });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(
        !result?.error || result.error === "CredentialsSignin" ? WRONG_CREDENTIALS : result.error,
      );
      return;
    }
    router.push(safeRedirectPath(callbackUrl));
    router.refresh();
  });

  const summary: ErrorSummaryItem[] = [
    ...(errors.email?.message ? [{ fieldId: "email", message: errors.email.message }] : []),
    ...(errors.password?.message
      ? [{ fieldId: "password", message: errors.password.message }]
      : []),
    ...(formError ? [{ fieldId: "email", message: formError }] : []),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
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
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        Sign in
      </button>
    </form>
  );
}
