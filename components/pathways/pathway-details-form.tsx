"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { startPathway } from "@/app/pathways/actions";
import { savePathwayDetails } from "@/app/pathways/[pathwayId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryOf, showActionErrors } from "@/components/ui/form-errors";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import {
  type PathwayDetails,
  type PathwayDetailsInput,
  pathwayDetailsSchema,
} from "@/lib/pathways/schemas";

const fields = ["name", "population", "purpose"] as const;

/** Starts a pathway, or changes its details when given the pathway and the version opened. */
export function PathwayDetailsForm({
  pathway,
  defaults,
}: {
  pathway?: { id: string; version: number };
  defaults: PathwayDetailsInput;
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const cancelHref = pathway ? `/pathways/${pathway.id}/edit` : "/pathways";
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PathwayDetailsInput, unknown, PathwayDetails>({
    resolver: zodResolver(pathwayDetailsSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = pathway
      ? await savePathwayDetails(pathway.id, values, pathway.version)
      : await startPathway(values);
    if (result.ok) {
      const id = pathway?.id ?? (result.data as { id: string }).id;
      router.push(`/pathways/${id}/edit`);
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
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          {pathway ? "Save details" : "Start pathway"}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
