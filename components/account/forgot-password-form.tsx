"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { requestPasswordReset } from "@/app/forgot-password/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import {
  type ForgotPasswordInput,
  forgotPasswordSchema,
  RESET_REQUESTED_MESSAGE,
} from "@/lib/password-reset/schemas";

/** Asks for a link to choose a new password; the answer never tells whether the account exists. */
export function ForgotPasswordForm() {
  const [formError, setFormError] = useState<string>();
  const [sentTo, setSentTo] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ForgotPasswordInput>({
    resolver: zodResolver(forgotPasswordSchema),
    defaultValues: { email: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await requestPasswordReset(values);
    if (result.ok) {
      setSentTo(values.email);
      return;
    }
    const emailError = result.fieldErrors?.email?.[0];
    if (emailError) setError("email", { message: emailError });
    else setFormError(result.message);
  });

  if (sentTo) {
    return (
      <div className="nhs-card border-l-8 border-l-nhs-green" role="status">
        <h2 className="text-xl md:text-2xl">Check your email</h2>
        <p>{RESET_REQUESTED_MESSAGE}</p>
        <p className="mb-0">It was sent to the address you entered: {sentTo}</p>
      </div>
    );
  }

  const summary = [
    ...(errors.email?.message ? [{ fieldId: "email", message: errors.email.message }] : []),
    ...(formError ? [{ message: formError }] : []),
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
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        Send me a link
      </button>
    </form>
  );
}
