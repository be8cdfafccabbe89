import Link from "@/components/ui/link";

/** A figure as a big number with what it counts; a link to the list behind it when there is one. */
export function FigureCard({
  value,
  label,
  href,
  hint,
}: {
  value: number | string;
  label: string;
  href?: string | null;
  hint?: string;
}) {
  const content = (
    <>
      <span className="block text-4xl font-bold leading-tight" data-figure="">
        {value}
      </span>
      <span className="block">{label}</span>
      {hint ? <span className="nhs-secondary-text block text-sm">{hint}</span> : null}
    </>
  );
  return (
    <li className="nhs-card m-0">
      {href ? (
        <Link href={href} prefetch={false} className="block no-underline hover:underline">
          {content}
        </Link>
      ) : (
        content
      )}
    </li>
  );
}

/** A grid of figure cards: one column on a phone, up to four on a wide screen. */
export function FigureGrid({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <ul aria-label={label} className="grid list-none gap-4 pl-0 sm:grid-cols-2 lg:grid-cols-4">
      {children}
    </ul>
  );
}
