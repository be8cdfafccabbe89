"use client";

import { startFramework } from "@/app/maturity/frameworks/actions";
import { saveFrameworkDetails } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { frameworkDetailsSchema } from "@/lib/maturity/schemas";

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
  const cancelHref = framework ? `/maturity/frameworks/${framework.id}` : "/maturity/frameworks";
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: frameworkDetailsSchema,
    defaultValues: defaults,
    fields,
    action: (values) =>
      framework
        ? saveFrameworkDetails(framework.id, {
            ...values,
            versionId: framework.versionId,
            version: framework.version,
          })
        : startFramework(values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
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
      <FormFooter
        submitLabel={framework ? "Save details" : "Create framework"}
        isSubmitting={isSubmitting}
        cancelHref={cancelHref}
      />
    </form>
  );
}
