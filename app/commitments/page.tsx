import { CommitmentFilters } from "@/components/commitments/commitment-filters";
import { CommitmentsTable } from "@/components/commitments/commitments-table";
import { RegisterPage } from "@/components/ui/register-page";
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
    <RegisterPage
      title="Commitments"
      lede="What organisations have promised the coalition, who owns it and by when. A commitment linked to an agreement, an assessment, a pathway or a flow follows that record."
      add={
        commitmentPolicy.canRecordAny(actor)
          ? { href: "/commitments/new", label: "Record a commitment" }
          : null
      }
      filters={<CommitmentFilters query={query} organisations={list.organisations} />}
      table={
        <CommitmentsTable
          rows={list.rows}
          caption="Commitments, soonest due first"
          empty="No commitments match. Try fewer filters."
        />
      }
      listed={list}
      noun="commitments"
      hrefFor={(page) => commitmentsHref(query, { page })}
    />
  );
}
