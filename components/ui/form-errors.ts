import type { FieldErrors, FieldValues, Path, UseFormSetError } from "react-hook-form";

import type { ActionResult } from "@/lib/server/action";

import type { ErrorSummaryItem } from "./error-summary";

/**
 * Puts a refused server action's field errors on the form's fields; a refusal with no field
 * errors (a conflict, a lost session) goes to the summary through `setFormError`.
 */
export function showActionErrors<T extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  fields: readonly string[],
  setError: UseFormSetError<T>,
  setFormError: (message: string | undefined) => void,
): void {
  const known = Object.entries(result.fieldErrors ?? {}).filter(([field]) =>
    fields.includes(field),
  );
  for (const [field, messages] of known) {
    setError(field as Path<T>, { message: messages[0] });
  }
  if (known.length === 0) setFormError(result.message);
}

/** The error summary's entries: each field's message in the form's order, then the form's own. */
export function errorSummaryOf<T extends FieldValues>(
  fields: readonly string[],
  errors: FieldErrors<T>,
  formError: string | undefined,
): ErrorSummaryItem[] {
  return [
    ...fields.flatMap((field) => {
      const message = errors[field]?.message;
      return typeof message === "string" ? [{ fieldId: field, message }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];
}
