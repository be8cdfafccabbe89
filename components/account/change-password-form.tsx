"use client";

import { changePassword } from "@/app/account/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { changePasswordSchema, NEW_PASSWORD_HINT } from "@/lib/account/schemas";

const fields = ["currentPassword", "newPassword", "confirmNewPassword"] as const;

/**
 * Changing your password. Success ends every session of the account, this one included, so the
 * person is sent to sign in again with the new password.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "", confirmNewPassword: "" },
    fields,
    action: changePassword,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {/* Lets password managers know whose password this is. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField
        id="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        id="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        id="confirmNewPassword"
        label="Type the new password again"
        type="password"
        autoComplete="new-password"
        error={errors.confirmNewPassword?.message}
        {...register("confirmNewPassword")}
      />
      <FormFooter submitLabel="Change password" isSubmitting={isSubmitting} />
    </form>
  );
}
