"use client";

import { saveDimension } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { type DimensionInput, dimensionSchema } from "@/lib/maturity/schemas";

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
  const frameworkHref = `/maturity/frameworks/${frameworkId}`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: dimensionSchema,
    defaultValues: defaults,
    fields,
    action: (values) => saveDimension(frameworkId, dimensionId ?? null, values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
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
      <FormFooter
        submitLabel={dimensionId ? "Save dimension" : "Add dimension"}
        isSubmitting={isSubmitting}
        cancelHref={frameworkHref}
      />
    </form>
  );
}
