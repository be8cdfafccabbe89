"use client";

import type { DefaultValues, FieldValues, Path } from "react-hook-form";
import type { z } from "zod";

import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/server/action";

/** One field of a profile record's form, in the order the form shows it. */
export type ProfileRecordField<TInput extends FieldValues> = {
  name: Path<TInput>;
  label: string;
  hint?: string;
} & (
  | {
      control: "text";
      type?: "text" | "email" | "tel";
      /** Values already recorded in the coalition, offered as the person types. */
      suggestions?: string[];
      narrow?: boolean;
    }
  | { control: "select"; options: { value: string; label: string }[] }
  | { control: "textarea" }
);

/**
 * The form of a record on an organisation's profile (a key contact, a system in use): adds one,
 * or changes one when given its id. Each kind's form only names its fields, action and words.
 */
export function ProfileRecordForm<TInput extends FieldValues, TOutput>({
  organisationId,
  recordId,
  defaults,
  schema,
  fields,
  save,
  submitLabel,
}: {
  organisationId: string;
  /** The record to change; none to add one. */
  recordId?: string;
  defaults: DefaultValues<TInput>;
  schema: z.ZodType<TOutput, TInput>;
  fields: ProfileRecordField<TInput>[];
  save: (organisationId: string, recordId: string | null, values: TOutput) => Promise<ActionResult>;
  submitLabel: string;
}) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema,
    defaultValues: defaults,
    fields: fields.map((field) => field.name),
    action: (values) => save(organisationId, recordId ?? null, values),
  });
  const errorOf = (name: string) => {
    const message = errors[name]?.message;
    return typeof message === "string" ? message : undefined;
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {fields.map((field) => {
        const common = {
          id: field.name,
          label: field.label,
          hint: field.hint,
          error: errorOf(field.name),
          ...register(field.name),
        };
        if (field.control === "select") {
          return <SelectField key={field.name} options={field.options} {...common} />;
        }
        if (field.control === "textarea") return <TextareaField key={field.name} {...common} />;
        const listId = field.suggestions ? `${field.name}-suggestions` : undefined;
        return (
          <div key={field.name}>
            <TextField
              type={field.type ?? "text"}
              autoComplete="off"
              spellCheck={field.type === "email" ? false : undefined}
              className={field.narrow ? "max-w-[16rem]" : undefined}
              list={listId}
              {...common}
            />
            {field.suggestions ? (
              <datalist id={listId}>
                {field.suggestions.map((suggestion) => (
                  <option key={suggestion} value={suggestion} />
                ))}
              </datalist>
            ) : null}
          </div>
        );
      })}
      <FormFooter
        submitLabel={submitLabel}
        isSubmitting={isSubmitting}
        cancelHref={`/organisations/${organisationId}`}
      />
    </form>
  );
}
