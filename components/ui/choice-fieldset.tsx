import type { ReactNode } from "react";

/**
 * An NHS.UK fieldset of checkboxes or radios: legend, optional hint and inline error. The first
 * control takes the field's id, so the error summary's link lands on it.
 */
export function ChoiceFieldset({
  id,
  legend,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className={`mb-6 ${error ? "border-l-4 border-nhs-red pl-4" : ""}`}
      aria-describedby={describedBy || undefined}
    >
      <legend className="mb-1 font-bold">{legend}</legend>
      {hint ? (
        <div id={`${id}-hint`} className="mb-2 text-nhs-secondary">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-2 font-bold text-nhs-red">
          <span className="sr-only">Error:</span> {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

/** One checkbox or radio with its label, large enough to hit (WCAG 2.5.8). */
export function Choice({
  id,
  label,
  children,
}: {
  id: string;
  label: ReactNode;
  /** The input itself, registered with the form. */
  children: ReactNode;
}) {
  return (
    <div className="mb-2 flex items-start gap-3">
      {children}
      <label htmlFor={id} className="pt-0.5">
        {label}
      </label>
    </div>
  );
}

export const choiceInputClass = "mt-1 h-6 w-6 shrink-0 accent-nhs-blue";
