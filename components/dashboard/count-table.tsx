import Link from "@/components/ui/link";

import { ScrollRegion } from "@/components/layout/scroll-region";

export interface CountRow {
  key: string;
  label: string;
  /** One count per column; a count with a link opens the list behind it. */
  cells: { value: number | string; href?: string | null }[];
}

/** A small table of counts, scrolling sideways on its own on a narrow screen. */
export function CountTable({
  id,
  caption,
  columns,
  rows,
  rowHeading,
}: {
  id: string;
  caption: string;
  rowHeading: string;
  columns: string[];
  rows: CountRow[];
}) {
  return (
    <ScrollRegion labelledBy={id}>
      <table className="nhs-table bg-white text-sm">
        <caption id={id} className="text-left font-bold">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="text-right">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="font-normal">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className="text-right">
                  {cell.href ? (
                    <Link href={cell.href} prefetch={false}>
                      {cell.value}
                    </Link>
                  ) : (
                    cell.value
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
