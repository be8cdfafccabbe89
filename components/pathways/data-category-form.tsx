"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { saveDataCategory } from "@/app/pathways/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryOf, showActionErrors } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { type DataCategoryInput, dataCategorySchema } from "@/lib/pathways/schemas";

const fields = ["name", "description"] as const;

/** Adds a kind of data to the coalition's vocabulary. */
export function DataCategoryForm() {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [added, setAdded] = useState<string>();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<DataCategoryInput>({
    resolver: zodResolver(dataCategorySchema),
    defaultValues: { name: "", description: "" },
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    setAdded(undefined);
    const result = await saveDataCategory(values);
    if (result.ok) {
      setAdded(values.name.trim());
      reset();
      router.refresh();
      return;
    }
    showActionErrors(result, fields, setError, setFormError);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="nhs-card">
      <h2>Add a kind of data</h2>
      <ErrorSummary errors={errorSummaryOf(fields, errors, formError)} />
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
      <button type="submit" className="nhs-button" disabled={isSubmitting}>
        Add kind of data
      </button>
    </form>
  );
}
