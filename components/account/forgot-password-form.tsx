"use client";

import { useState } from "react";

import { requestPasswordReset } from "@/app/forgot-password/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { forgotPasswordSchema, RESET_REQUESTED_MESSAGE } from "@/lib/password-reset/schemas";

/** Asks for a link to choose a new password; the answer never tells whether the account exists. */
export function ForgotPasswordForm() {
  const [sentTo, setSentTo] = useState<string>();
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: forgotPasswordSchema,
    defaultValues: { email: "" },
    fields: ["email"],
    action: requestPasswordReset,
    onSuccess: (_data, values) => setSentTo(values.email),
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
      <FormFooter submitLabel="Send me a link" isSubmitting={isSubmitting} />
    </form>
  );
}
