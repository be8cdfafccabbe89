import Link from "next/link";

import { CommitmentFilters } from "@/components/commitments/commitment-filters";
import { CommitmentsTable } from "@/components/commitments/commitments-table";
import { WideLayout } from "@/components/layout/wide-layout";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { commitmentsHref } from "@/lib/commitments/links";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { commitmentPolicy } from "@/lib/commitments/policy";
import { commitmentsQuerySchema } from "@/lib/commitments/schemas";

export const metadata = { title: "Commitments" };

export default async function CommitmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/commitments");
  const query = commitmentsQuerySchema.parse(await searchParams);
  const list = await listCommitments(actor, query);
  return (
    <WideLayout>
      <h1>Commitments</h1>
      <p className="nhs-lede">
        What organisations have promised the coalition, who owns it and by when. A commitment linked
        to an agreement, an assessment, a pathway or a flow follows that record.
      </p>
      {commitmentPolicy.canRecordAny(actor) ? (
        <p>
          <Link href="/commitments/new" className="nhs-button">
            Record a commitment
          </Link>
        </p>
      ) : null}
      <CommitmentFilters query={query} organisations={list.organisations} />
      <CommitmentsTable
        rows={list.rows}
        caption="Commitments, soonest due first"
        empty="No commitments match. Try fewer filters."
      />
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        pageSize={list.pageSize}
        noun="commitments"
        hrefFor={(page) => commitmentsHref(query, { page })}
      />
    </WideLayout>
  );
}
