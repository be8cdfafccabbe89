"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { saveStep } from "@/app/pathways/[pathwayId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryOf, showActionErrors } from "@/components/ui/form-errors";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import type { LaneOptions } from "@/lib/pathways/lane-options";
import { type StepDetails, type StepInput, stepSchema } from "@/lib/pathways/schemas";

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
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const editorHref = `/pathways/${pathwayId}/edit`;
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<StepInput, unknown, StepDetails>({
    resolver: zodResolver(stepSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  // The server parses what was typed with the same schema, so it gets the raw values, not the
  // parsed ones (a lane is sent as "org:<id>", not as the object it parses to).
  const onSubmit = handleSubmit(async () => {
    setFormError(undefined);
    const values = getValues();
    const result = await saveStep(pathwayId, step?.id ?? null, values, step?.version ?? null);
    if (result.ok) {
      router.push(`${editorHref}#steps`);
      router.refresh();
      return;
    }
    showActionErrors(result, fields, setError, setFormError);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary errors={errorSummaryOf(fields, errors, formError)} />
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
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          {step ? "Save step" : "Add step"}
        </button>
        <Link href={editorHref}>Cancel</Link>
      </div>
    </form>
  );
}
