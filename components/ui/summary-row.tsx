import type { ReactNode } from "react";

/** A row of an NHS.UK summary list: the term, and what it is, side by side on a wide screen. */
export function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-nhs-grey-4 py-2 md:grid md:grid-cols-[1fr_2fr] md:gap-4">
      <dt className="font-bold">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}
