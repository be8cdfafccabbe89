"use client";

import { saveStep } from "@/app/pathways/[pathwayId]/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import type { LaneOptions } from "@/lib/pathways/lane-options";
import { type StepInput, stepSchema } from "@/lib/pathways/schemas";

import { LaneSelect } from "./lane-select";

const fields = ["name", "lane", "performerRole", "setting", "description"] as const;

/** Adds a step to a pathway, or changes one when given its id and the version opened. */
export function StepForm({
  pathwayId,
  step,
  defaults,
  laneOptions,
}: {
  pathwayId: string;
  step?: { id: string; version: number };
  defaults: StepInput;
  laneOptions: LaneOptions;
}) {
  const editorHref = `/pathways/${pathwayId}/edit`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: stepSchema,
    defaultValues: defaults,
    fields,
    // The server parses what was typed with the same schema, so it gets the raw values, not the
    // parsed ones (a lane is sent as "org:<id>", not as the object it parses to).
    action: (_values, typed) => saveStep(pathwayId, step?.id ?? null, typed, step?.version ?? null),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="name"
        label="Step"
        hint="What happens, for example assess for discharge"
        error={errors.name?.message}
        {...register("name")}
      />
      <LaneSelect
        id="lane"
        label="Who does it"
        hint="One organisation, or any organisation of a type when any of them could do it"
        error={errors.lane?.message}
        options={laneOptions}
        {...register("lane")}
      />
      <TextField
        id="performerRole"
        label="Role"
        hint="For example district nurse, discharge coordinator or social worker"
        error={errors.performerRole?.message}
        {...register("performerRole")}
      />
      <TextField
        id="setting"
        label="Setting (optional)"
        hint="For example ward, person's home or care home"
        error={errors.setting?.message}
        {...register("setting")}
      />
      <TextareaField
        id="description"
        label="Description (optional)"
        error={errors.description?.message}
        {...register("description")}
      />
      <FormFooter
        submitLabel={step ? "Save step" : "Add step"}
        isSubmitting={isSubmitting}
        cancelHref={editorHref}
      />
    </form>
  );
}
