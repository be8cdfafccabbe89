import Link from "@/components/ui/link";
import type { ReactNode } from "react";

/**
 * The confirmation step before removing a record: a page of its own (GET changes nothing) whose
 * plain form posts the removal, so it works without JavaScript.
 */
export function RemoveConfirmation({
  heading,
  profileHref,
  organisationName,
  action,
  hiddenFields,
  buttonLabel,
  backLabel,
  afterwards,
  children,
}: {
  heading: string;
  profileHref: string;
  organisationName: string;
  action: (formData: FormData) => Promise<void>;
  hiddenFields: Record<string, string>;
  buttonLabel: string;
  /** The back link's words, when it leads somewhere other than the profile. */
  backLabel?: string;
  /** What removing means, when it is other than leaving the profile. */
  afterwards?: string;
  /** What will be removed, shown to the person before they confirm. */
  children: ReactNode;
}) {
  return (
    <div className="max-w-[720px]">
      <p className="mb-2">
        <Link href={profileHref}>{backLabel ?? `Back to ${organisationName}`}</Link>
      </p>
      <h1>{heading}</h1>
      {children}
      <p>{afterwards ?? `It will no longer show on the profile of ${organisationName}.`}</p>
      <form action={action} className="flex flex-wrap items-center gap-6">
        {Object.entries(hiddenFields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <button
          type="submit"
          className="nhs-button bg-nhs-red shadow-[0_4px_0_#6b140e] hover:bg-[#aa2016] focus-visible:bg-nhs-yellow focus-visible:text-nhs-text"
        >
          {buttonLabel}
        </button>
        <Link href={profileHref}>Cancel</Link>
      </form>
    </div>
  );
}
