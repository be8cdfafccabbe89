"use client";

import Link from "@/components/ui/link";

import { useHydrated } from "./use-hydrated";

/**
 * The end of every form: the submit button and, where there is somewhere to go back to, a cancel
 * link. Both are at least 24 pixels high and never touch, even when they wrap on a small screen.
 *
 * The forms are sent by their script. Until it runs, the button is disabled: a click or an Enter
 * on a page still loading would otherwise submit the form natively, as a GET that puts what was
 * typed (a password, a reply) in the address and the server's log, and saves nothing.
 */
export function FormFooter({
  submitLabel,
  isSubmitting,
  cancelHref,
  cancelLabel = "Cancel",
  secondary = false,
}: {
  submitLabel: string;
  isSubmitting: boolean;
  cancelHref?: string;
  cancelLabel?: string;
  /** A blue button, for an action beside the page's main one. */
  secondary?: boolean;
}) {
  const hydrated = useHydrated();
  return (
    <div className="mt-2 mb-6 flex flex-wrap items-center gap-x-6 gap-y-4">
      <button
        type="submit"
        className={secondary ? "nhs-button nhs-button-secondary" : "nhs-button"}
        disabled={isSubmitting || !hydrated}
      >
        {submitLabel}
      </button>
      {cancelHref ? (
        <Link href={cancelHref} className="inline-flex min-h-6 items-center">
          {cancelLabel}
        </Link>
      ) : null}
    </div>
  );
}
