"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { saveAccountDetails } from "@/app/account/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import {
  type AccountDetails,
  type AccountDetailsInput,
  accountDetailsSchema,
} from "@/lib/account/schemas";

const labels = { name: "Name", jobTitle: "Job title (optional)" } as const;
type Field = keyof typeof labels;

/** Your name and job title, as others see them on organisation profiles. */
export function AccountDetailsForm({ defaults }: { defaults: AccountDetailsInput }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<AccountDetailsInput, unknown, AccountDetails>({
    resolver: zodResolver(accountDetailsSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setSaved(false);
    const result = await saveAccountDetails(values);
    if (result.ok) {
      reset({ name: values.name, jobTitle: values.jobTitle ?? "" });
      setSaved(true);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in labels) setError(field as Field, { message: messages[0] });
    }
    if (!result.fieldErrors) setFormError(result.message);
  });

  const summary = [
    ...(Object.keys(labels) as Field[]).flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ fieldId: field, message }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary errors={summary} />
      <div role="status">
        {saved ? (
          <p className="nhs-card border-l-8 border-l-nhs-green font-bold">
            Your details have been saved.
          </p>
        ) : null}
      </div>
      <TextField
        id="name"
        label={labels.name}
        autoComplete="name"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        id="jobTitle"
        label={labels.jobTitle}
        autoComplete="organization-title"
        error={errors.jobTitle?.message}
        {...register("jobTitle")}
      />
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        Save details
      </button>
    </form>
  );
}
