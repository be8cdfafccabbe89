import type { ReactNode } from "react";

/** The parts every NHS.UK form field shares: label, optional hint, inline error, red bar on error. */
export function FieldShell({
  id,
  label,
  hint,
  error,
  className = "mb-6",
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`${className} ${error ? "border-l-4 border-nhs-red pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
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
    </div>
  );
}

/** The aria attributes that tie a control to its hint and error. */
export function describedBy(id: string, hint?: string, error?: string) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { "aria-invalid": error ? true : undefined, "aria-describedby": ids || undefined };
}

export const controlClass = (error?: string) =>
  `block w-full border-2 bg-white px-2 py-2 ${error ? "border-nhs-red" : "border-nhs-text"}`;
