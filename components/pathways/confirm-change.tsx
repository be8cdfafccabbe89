import Link from "@/components/ui/link";
import type { ReactNode } from "react";

/**
 * A confirmation page's form: GET changes nothing, and the plain form posts the change, so it
 * works without JavaScript.
 */
export function ConfirmChange({
  action,
  hiddenFields,
  buttonLabel,
  cancelHref,
  danger = false,
  children,
}: {
  action: (formData: FormData) => Promise<void>;
  hiddenFields: Record<string, string>;
  buttonLabel: string;
  cancelHref: string;
  danger?: boolean;
  children?: ReactNode;
}) {
  return (
    <form action={action} className="flex flex-wrap items-center gap-6">
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button
        type="submit"
        className={
          danger
            ? "nhs-button bg-nhs-red shadow-[0_4px_0_#6b140e] hover:bg-[#aa2016] focus-visible:bg-nhs-yellow focus-visible:text-nhs-text"
            : "nhs-button"
        }
      >
        {buttonLabel}
      </button>
      <Link href={cancelHref}>Cancel</Link>
    </form>
  );
}
