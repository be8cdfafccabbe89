"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import { startFramework } from "@/app/maturity/frameworks/actions";
import { saveFrameworkDetails } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryOf, showActionErrors } from "@/components/ui/form-errors";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import {
  type FrameworkDetails,
  type FrameworkDetailsInput,
  frameworkDetailsSchema,
} from "@/lib/maturity/schemas";

const fields = ["name", "description"] as const;

/**
 * Starts a framework, or changes its name and description when given the framework and the
 * version it was opened at.
 */
export function FrameworkDetailsForm({
  framework,
  defaults,
}: {
  framework?: { id: string; versionId: string; version: number };
  defaults: { name: string; description: string };
}) {
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const cancelHref = framework ? `/maturity/frameworks/${framework.id}` : "/maturity/frameworks";
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FrameworkDetailsInput, unknown, FrameworkDetails>({
    resolver: zodResolver(frameworkDetailsSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = framework
      ? await saveFrameworkDetails(framework.id, {
          ...values,
          versionId: framework.versionId,
          version: framework.version,
        })
      : await startFramework(values);
    if (result.ok) {
      const id = framework?.id ?? (result.data as { id: string }).id;
      router.push(`/maturity/frameworks/${id}`);
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
        hint="For example, What Good Looks Like"
        error={errors.name?.message}
        {...register("name")}
      />
      <TextareaField
        id="description"
        label="Description"
        hint="What the framework measures, and who it is for"
        error={errors.description?.message}
        {...register("description")}
      />
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          {framework ? "Save details" : "Create framework"}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}
