"use client";

import { startPathway } from "@/app/pathways/actions";
import { savePathwayDetails } from "@/app/pathways/[pathwayId]/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { type PathwayDetailsInput, pathwayDetailsSchema } from "@/lib/pathways/schemas";

const fields = ["name", "population", "purpose"] as const;

/** Starts a pathway, or changes its details when given the pathway and the version opened. */
export function PathwayDetailsForm({
  pathway,
  defaults,
}: {
  pathway?: { id: string; version: number };
  defaults: PathwayDetailsInput;
}) {
  const cancelHref = pathway ? `/pathways/${pathway.id}/edit` : "/pathways";
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: pathwayDetailsSchema,
    defaultValues: defaults,
    fields,
    action: (values) =>
      pathway ? savePathwayDetails(pathway.id, values, pathway.version) : startPathway(values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="name"
        label="Name"
        hint="For example, hospital discharge to home with a care package"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextField
        id="population"
        label="Population or condition"
        hint="Who the pathway is for, for example frail older people discharged from hospital"
        error={errors.population?.message}
        {...register("population")}
      />
      <TextareaField
        id="purpose"
        label="Purpose"
        hint="What the organisations want to achieve together"
        error={errors.purpose?.message}
        {...register("purpose")}
      />
      <FormFooter
        submitLabel={pathway ? "Save details" : "Start pathway"}
        isSubmitting={isSubmitting}
        cancelHref={cancelHref}
      />
    </form>
  );
}
