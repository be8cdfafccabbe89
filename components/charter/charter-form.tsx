"use client";

import { publishCharterVersion } from "@/app/charter/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { type CharterInput, charterSchema } from "@/lib/charter/schemas";

/** A lead's form for the next version of the charter, starting from the current text. */
export function CharterForm({ basedOn, defaults }: { basedOn: number; defaults: CharterInput }) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: charterSchema,
    defaultValues: defaults,
    fields: ["text", "changeNote"],
    action: (values) => publishCharterVersion(basedOn, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextareaField
        id="text"
        label="The charter"
        hint="Markdown: # for headings, - for lists, **bold**"
        rows={20}
        error={errors.text?.message}
        {...register("text")}
      />
      <TextareaField
        id="changeNote"
        label="What changed"
        hint="Shown with the version, so organisations know what they are endorsing"
        error={errors.changeNote?.message}
        {...register("changeNote")}
      />
      <FormFooter
        submitLabel={`Publish version ${basedOn + 1}`}
        isSubmitting={isSubmitting}
        cancelHref="/charter"
      />
    </form>
  );
}
