"use client";

import { useState } from "react";

import { saveDataCategory } from "@/app/pathways/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { dataCategorySchema } from "@/lib/pathways/schemas";

const fields = ["name", "description"] as const;

/** Adds a kind of data to the coalition's vocabulary. */
export function DataCategoryForm() {
  const [added, setAdded] = useState<string>();
  const { register, reset, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: dataCategorySchema,
    defaultValues: { name: "", description: "" },
    fields,
    action: (values) => {
      setAdded(undefined);
      return saveDataCategory(values);
    },
    onSuccess: (_data, values) => {
      setAdded(values.name.trim());
      reset();
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="nhs-card">
      <h2>Add a kind of data</h2>
      <ErrorSummary errors={summary} />
      <p role="status" className={added ? "font-bold" : "sr-only"}>
        {added ? `${added} is added.` : ""}
      </p>
      <TextField id="name" label="Name" error={errors.name?.message} {...register("name")} />
      <TextField
        id="description"
        label="Description (optional)"
        error={errors.description?.message}
        {...register("description")}
      />
      <FormFooter submitLabel="Add kind of data" isSubmitting={isSubmitting} />
    </form>
  );
}
