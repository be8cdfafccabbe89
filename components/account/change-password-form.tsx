"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { changePassword } from "@/app/account/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import {
  type ChangePasswordInput,
  changePasswordSchema,
  NEW_PASSWORD_HINT,
} from "@/lib/account/schemas";

const fields = ["currentPassword", "newPassword", "confirmNewPassword"] as const;
type Field = (typeof fields)[number];

/**
 * Changing your password. Success ends every session of the account, this one included, so the
 * person is sent to sign in again with the new password.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmNewPassword: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await changePassword(values);
    if (result.ok) {
      router.push("/sign-in?notice=password-changed");
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((fields as readonly string[]).includes(field)) {
        setError(field as Field, { message: messages[0] });
      }
    }
    if (!result.fieldErrors) setFormError(result.message);
  });

  const summary = [
    ...fields.flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ fieldId: field, message }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
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
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        Change password
      </button>
    </form>
  );
}
