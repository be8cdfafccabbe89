import Link from "@/components/ui/link";

/**
 * A column heading that sorts its table: a link to the same list sorted by the column (or the
 * other way, when it is the sort already), with aria-sort and words for screen readers.
 */
export function SortableHeader({
  href,
  label,
  active,
  order,
}: {
  href: string;
  label: string;
  active: boolean;
  order: "asc" | "desc";
}) {
  const direction = order === "asc" ? "ascending" : "descending";
  return (
    <th scope="col" aria-sort={active ? direction : "none"}>
      <Link href={href} className="text-nhs-text visited:text-nhs-text">
        {label}
        <span className="sr-only">
          {active
            ? `, sorted ${direction}. Sort the other way`
            : `. Sort by ${label.toLowerCase()}`}
        </span>
        {active ? <span aria-hidden="true">{order === "asc" ? " ▲" : " ▼"}</span> : null}
      </Link>
    </th>
  );
}
