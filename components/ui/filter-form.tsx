import Link from "@/components/ui/link";
import type { ReactNode } from "react";

import { SelectField } from "./select-field";

// The filter panels above lists and tables: plain GET forms, so they work without JavaScript and
// the address bar keeps the search, with their select, search and apply/clear parts.

/**
 * A filter panel. `keep` carries choices made elsewhere on the page (a sort, a chosen cell) as
 * hidden fields, leaving out those that are blank or at their default.
 */
export function FilterForm({
  action,
  label,
  submitLabel = "Apply filters",
  clearHref = action,
  keep = {},
  actionsClassName = "mt-6",
  children,
}: {
  action: string;
  /** The name of the search landmark, such as "People". */
  label: string;
  submitLabel?: string;
  clearHref?: string;
  keep?: Record<string, string | null | undefined>;
  actionsClassName?: string;
  children: ReactNode;
}) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="nhs-card">
      <div className="grid gap-4 md:grid-cols-2">{children}</div>
      {Object.entries(keep).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      <div className={`${actionsClassName} flex flex-wrap items-center gap-6`}>
        <button type="submit" className="nhs-button">
          {submitLabel}
        </button>
        <Link href={clearHref}>Clear filters</Link>
      </div>
    </form>
  );
}

/**
 * One filter's select; `any` is the first choice, which filters nothing. Options are null when
 * there are too many to list (lib/filters/choices.ts): a value chosen through a link then stays
 * chosen, named by `chosen`, and "Clear filters" undoes it.
 */
export function FilterSelect({
  id,
  label,
  any,
  value,
  options,
  chosen,
}: {
  id: string;
  label: string;
  any?: string;
  value: string | null | undefined;
  options: readonly { value: string; label: string }[] | null;
  chosen?: string | null;
}) {
  if (options === null) {
    return value ? (
      <p className="mb-0" data-testid={`chosen-${id}`}>
        <input type="hidden" name={id} value={value} />
        <span className="font-bold">{label}:</span> {chosen ?? "the one chosen through a link"}
      </p>
    ) : null;
  }
  return (
    <SelectField
      id={id}
      name={id}
      label={label}
      fieldClassName=""
      className=""
      defaultValue={value ?? ""}
      options={any === undefined ? [...options] : [{ value: "", label: any }, ...options]}
    />
  );
}

/** The search box of a filter panel, across its full width. */
export function FilterSearch({
  id = "q",
  label,
  value,
}: {
  id?: string;
  label: string;
  value: string | null | undefined;
}) {
  return <FilterInput id={id} label={label} value={value} type="search" wide />;
}

/** A text or date field of a filter panel; `wide` spans the panel's full width. */
export function FilterInput({
  id,
  label,
  value,
  type = "text",
  wide = false,
}: {
  id: string;
  label: string;
  value: string | null | undefined;
  type?: "text" | "search" | "date";
  wide?: boolean;
}) {
  return (
    <div className={wide ? "md:col-span-2" : undefined}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        defaultValue={value ?? ""}
        className={`block ${type === "date" ? "" : "w-full"} border-2 border-nhs-text bg-white px-2 py-2`}
      />
    </div>
  );
}
