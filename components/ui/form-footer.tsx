import Link from "next/link";

/**
 * The end of every form: the submit button and, where there is somewhere to go back to, a cancel
 * link. Both are at least 24 pixels high and never touch, even when they wrap on a small screen.
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
  return (
    <div className="mt-2 mb-6 flex flex-wrap items-center gap-x-6 gap-y-4">
      <button
        type="submit"
        className={secondary ? "nhs-button nhs-button-secondary" : "nhs-button"}
        disabled={isSubmitting}
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
