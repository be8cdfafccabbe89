import type { SelectHTMLAttributes } from "react";

import { controlClass, describedBy, FieldShell } from "./field-shell";

export interface SelectOptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

type GroupedSelectFieldProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Options before the groups, such as "Select…" or "None". */
  options?: { value: string; label: string }[];
  groups: SelectOptionGroup[];
};

/** An NHS.UK select whose options come in labelled groups (optgroup). */
export function GroupedSelectField({
  id,
  label,
  hint,
  error,
  options = [],
  groups,
  className,
  ...select
}: GroupedSelectFieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
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
        {groups
          .filter((group) => group.options.length > 0)
          .map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
      </select>
    </FieldShell>
  );
}
