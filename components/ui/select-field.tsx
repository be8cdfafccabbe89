import type { SelectHTMLAttributes } from "react";

import { controlClass, describedBy, FieldShell } from "./field-shell";

type SelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: { value: string; label: string }[];
  /** Spacing around the field; forms stack fields, filter panels lay them out in a grid. */
  fieldClassName?: string;
};

/** An NHS.UK select with its label, optional hint and inline error message. */
export function SelectField({
  id,
  label,
  hint,
  error,
  options,
  fieldClassName,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} className={fieldClassName}>
      <select
        id={id}
        {...describedBy(id, hint, error)}
        className={`${controlClass(error)} ${className ?? "max-w-[32rem]"}`}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
