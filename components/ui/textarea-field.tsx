import type { TextareaHTMLAttributes } from "react";

import { controlClass, describedBy, FieldShell } from "./field-shell";

type TextareaFieldProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** An NHS.UK textarea with its label, optional hint and inline error message. */
export function TextareaField({
  id,
  label,
  hint,
  error,
  className,
  ...textarea
}: TextareaFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={4}
        {...describedBy(id, hint, error)}
        className={`${controlClass(error)} max-w-[40rem] ${className ?? ""}`}
        {...textarea}
      />
    </FieldShell>
  );
}
