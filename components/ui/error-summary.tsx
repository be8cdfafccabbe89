"use client";

import { useEffect, useRef } from "react";

export interface ErrorSummaryItem {
  /** The id of the field the error is about, so the link moves focus there. */
  fieldId?: string;
  message: string;
}

/** NHS.UK error summary: shown above the form, focused when it appears, linking to each field. */
export function ErrorSummary({ errors }: { errors: ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((error) => error.message).join("|");
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature]);
  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="mb-8 border-4 border-nhs-red bg-white p-4 focus-visible:outline-none md:p-6"
    >
      <h2 id="error-summary-title" className="text-xl md:text-2xl">
        There is a problem
      </h2>
      <ul className="mb-0 list-none">
        {errors.map((error) => (
          <li key={`${error.fieldId ?? "form"}:${error.message}`}>
            {error.fieldId ? (
              <a href={`#${error.fieldId}`} className="font-bold text-nhs-red visited:text-nhs-red">
                {error.message}
              </a>
            ) : (
              <span className="font-bold text-nhs-red">{error.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
