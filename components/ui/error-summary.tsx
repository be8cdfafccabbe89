"use client";

import { useEffect, useRef } from "react";

export interface ErrorSummaryItem {
  /** The id of the field the error is about, so the link moves focus there. */
  fieldId?: string;
  message: string;
}

/**
 * NHS.UK error summary: shown above the form, linking to each field. It takes focus when it
 * appears, or when the form as a whole is refused (a message for no field); never while someone
 * corrects fields after a failed submit, so their typing stays where they are.
 */
export function ErrorSummary({ errors }: { errors: ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<Set<string>>(new Set());
  // One line per problem; a form-level problem is marked so that it can take focus on its own.
  const signature = errors
    .map((error) => `${error.fieldId ? "field" : "form"}:${error.message}`)
    .join("\n");
  useEffect(() => {
    const problems = signature ? signature.split("\n") : [];
    const before = shown.current;
    shown.current = new Set(problems);
    const appeared = before.size === 0 && problems.length > 0;
    const refused = problems.some((problem) => problem.startsWith("form:") && !before.has(problem));
    if (appeared || refused) ref.current?.focus();
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
