"use client";

import { useState } from "react";

import { grantModeratorAction } from "@/app/forums/moderators/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { grantModeratorSchema } from "@/lib/forums/moderation/schemas";

/** Names a moderator: a person by email, for one category or for every category. */
export function GrantModeratorForm({ categories }: { categories: { id: string; name: string }[] }) {
  const [added, setAdded] = useState<string | null>(null);
  const { register, errors, isSubmitting, onSubmit, summary, reset } = useActionForm({
    schema: grantModeratorSchema,
    defaultValues: { email: "", categoryId: "" },
    fields: ["email", "categoryId"],
    fieldIds: { email: "moderator-email", categoryId: "moderator-category" },
    action: grantModeratorAction,
    onSuccess: (_data, values) => {
      setAdded(values.email);
      reset({ email: "", categoryId: "" });
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="moderator-email"
        label="Email address"
        hint="The person must already have an account."
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={errors.email?.message}
        {...register("email", { onChange: () => setAdded(null) })}
      />
      <SelectField
        id="moderator-category"
        label="Where they moderate"
        error={errors.categoryId?.message}
        options={[
          { value: "", label: "Every category" },
          ...categories.map((category) => ({ value: category.id, label: category.name })),
        ]}
        {...register("categoryId")}
      />
      <FormFooter submitLabel="Add moderator" isSubmitting={isSubmitting} />
      <p role="status">{added ? `${added} is now a moderator.` : ""}</p>
    </form>
  );
}
