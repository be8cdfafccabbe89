"use client";

import { saveAccountDetails } from "@/app/account/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { type AccountDetailsInput, accountDetailsSchema } from "@/lib/account/schemas";

const labels = { name: "Name", jobTitle: "Job title (optional)" } as const;
type Field = keyof typeof labels;

/** Your name and job title, as others see them on organisation profiles. */
export function AccountDetailsForm({ defaults }: { defaults: AccountDetailsInput }) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: accountDetailsSchema,
    defaultValues: defaults,
    fields: Object.keys(labels) as Field[],
    action: saveAccountDetails,
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
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
      <FormFooter submitLabel="Save details" isSubmitting={isSubmitting} />
    </form>
  );
}
