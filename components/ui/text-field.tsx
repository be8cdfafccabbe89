import type { InputHTMLAttributes } from "react";

import { controlClass, describedBy, FieldShell } from "./field-shell";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** An NHS.UK text input with its label, optional hint and inline error message. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        {...describedBy(id, hint, error)}
        className={`${controlClass(error)} max-w-[32rem] ${className ?? ""}`}
        {...input}
      />
    </FieldShell>
  );
}
