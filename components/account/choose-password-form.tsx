"use client";

import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import {
  type ChoosePasswordInput,
  choosePasswordSchema,
  NEW_PASSWORD_HINT,
} from "@/lib/account/schemas";
import type { ActionResult } from "@/lib/server/action";

const fields = ["newPassword", "confirmNewPassword"] as const;

/**
 * Choosing a password through an emailed link (an invitation or a password reset). `submit` is
 * the link's server action, bound to its token; on success it sends the person on.
 */
export function ChoosePasswordForm({
  email,
  submit,
  buttonLabel,
}: {
  email: string;
  submit: (values: ChoosePasswordInput) => Promise<ActionResult>;
  buttonLabel: string;
}) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: choosePasswordSchema,
    defaultValues: { newPassword: "", confirmNewPassword: "" },
    fields,
    action: submit,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {/* Lets password managers know whose password this is. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id="newPassword"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        id="confirmNewPassword"
        label="Type the password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmNewPassword?.message}
        {...register("confirmNewPassword")}
      />
      <FormFooter submitLabel={buttonLabel} isSubmitting={isSubmitting} />
    </form>
  );
}
