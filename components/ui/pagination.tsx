import Link from "@/components/ui/link";

/** Previous and next links with where the reader is; `hrefFor` builds each page's address. */
export function Pagination({
  page,
  pageCount,
  total,
  pageSize,
  hrefFor,
  noun,
  label = "Pages",
}: {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
  noun: string;
  /** The landmark's name; two lists on one page need names of their own. */
  label?: string;
}) {
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center justify-between gap-4">
      <p className="mb-0">{`Showing ${first} to ${last} of ${total} ${noun}`}</p>
      <ul className="flex gap-6">
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              Previous page
            </Link>
          </li>
        ) : null}
        {page < pageCount ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
