import Link from "@/components/ui/link";
import type { ReactNode } from "react";

import { WideLayout } from "@/components/layout/wide-layout";

import { Pagination } from "./pagination";

/** One page of a paged list, as its lib function returns it. */
export interface ListedPage {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
}

/**
 * A register's page: heading, what it holds, the way to add to it (for those who may), its
 * filters, its table and its pages. Each register gives its own words, filters and table.
 */
export function RegisterPage({
  title,
  lede,
  add,
  filters,
  table,
  listed,
  noun,
  hrefFor,
}: {
  title: string;
  lede: ReactNode;
  /** The button to add a record, or null for someone who may not. */
  add: { href: string; label: string } | null;
  filters: ReactNode;
  table: ReactNode;
  listed: ListedPage;
  noun: string;
  hrefFor: (page: number) => string;
}) {
  return (
    <WideLayout>
      <h1>{title}</h1>
      <p className="nhs-lede">{lede}</p>
      {add ? (
        <p>
          <Link href={add.href} className="nhs-button">
            {add.label}
          </Link>
        </p>
      ) : null}
      {filters}
      {table}
      <Pagination
        page={listed.page}
        pageCount={listed.pageCount}
        total={listed.total}
        pageSize={listed.pageSize}
        noun={noun}
        hrefFor={hrefFor}
      />
    </WideLayout>
  );
}
