"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import {
  type ChoosePasswordInput,
  choosePasswordSchema,
  NEW_PASSWORD_HINT,
} from "@/lib/account/schemas";
import type { ActionResult } from "@/lib/server/action";

const fields = ["newPassword", "confirmNewPassword"] as const;
type Field = (typeof fields)[number];

/**
 * Choosing a password through an emailed link (an invitation or a password reset). `submit` is
 * the link's server action, bound to its token; success sends the person to `then`.
 */
export function ChoosePasswordForm({
  email,
  submit,
  buttonLabel,
  then,
}: {
  email: string;
  submit: (values: ChoosePasswordInput) => Promise<ActionResult<unknown>>;
  buttonLabel: string;
  then: string;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ChoosePasswordInput>({
    resolver: zodResolver(choosePasswordSchema),
    defaultValues: { newPassword: "", confirmNewPassword: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await submit(values);
    if (result.ok) {
      router.push(then);
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
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        {buttonLabel}
      </button>
    </form>
  );
}
