import { forwardRef, type SelectHTMLAttributes } from "react";

import { controlClass, describedBy, FieldShell } from "@/components/ui/field-shell";
import type { LaneOptions } from "@/lib/pathways/lane-options";

type LaneSelectProps = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  options: LaneOptions;
};

/** Chooses one organisation in the coalition, or any organisation of a type. */
export const LaneSelect = forwardRef<HTMLSelectElement, LaneSelectProps>(function LaneSelect(
  { id, label, hint, error, options, ...select },
  ref,
) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        ref={ref}
        {...describedBy(id, hint, error)}
        className={`${controlClass(error)} max-w-[32rem]`}
        {...select}
      >
        <option value="">Select an organisation or a type</option>
        <optgroup label="Any organisation of a type">
          {options.types.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
        <optgroup label="Organisations">
          {options.organisations.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </optgroup>
      </select>
    </FieldShell>
  );
});
