import type { InputHTMLAttributes } from "react";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
};

/** An NHS.UK text input with its label, optional hint and inline error message. */
export function TextField({ id, label, hint, error, className, ...input }: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-nhs-red pl-4" : ""}`}>
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
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className={`block w-full max-w-[32rem] border-2 bg-white px-2 py-2 ${error ? "border-nhs-red" : "border-nhs-text"} ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}
