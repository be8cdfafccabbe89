"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { saveDimension } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryOf, showActionErrors } from "@/components/ui/form-errors";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import {
  type DimensionDetails,
  type DimensionInput,
  dimensionSchema,
} from "@/lib/maturity/schemas";

const fields = ["name", "description"] as const;

/** Adds a dimension to a framework, or changes one when given its id. */
export function DimensionForm({
  frameworkId,
  dimensionId,
  defaults,
}: {
  frameworkId: string;
  /** The dimension to change; none to add one. */
  dimensionId?: string;
  /** The fields, and the version the page was opened at. */
  defaults: DimensionInput;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const frameworkHref = `/maturity/frameworks/${frameworkId}`;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DimensionInput, unknown, DimensionDetails>({
    resolver: zodResolver(dimensionSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await saveDimension(frameworkId, dimensionId ?? null, values);
    if (result.ok) {
      router.push(`${frameworkHref}#dimension-${result.data.id}`);
      router.refresh();
      return;
    }
    showActionErrors(result, fields, setError, setFormError);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary errors={errorSummaryOf(fields, errors, formError)} />
      <input type="hidden" {...register("versionId")} />
      <input type="hidden" {...register("version")} />
      <TextField
        id="name"
        label="Name"
        hint="For example, Smart foundations"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextareaField
        id="description"
        label="Description (optional)"
        hint="What the dimension covers"
        error={errors.description?.message}
        {...register("description")}
      />
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          {dimensionId ? "Save dimension" : "Add dimension"}
        </button>
        <Link href={frameworkHref}>Cancel</Link>
      </div>
    </form>
  );
}
