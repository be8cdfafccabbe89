import Link from "@/components/ui/link";

import { CoalitionFilters } from "@/components/data-needs/coalition-filters";
import { NeedsTable } from "@/components/data-needs/needs-table";
import { WideLayout } from "@/components/layout/wide-layout";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/require-actor";
import { coalitionHref } from "@/lib/data-needs/links";
import {
  listCoalitionFilterOptions,
  listCoalitionNeeds,
} from "@/lib/data-needs/list-coalition-needs";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { coalitionNeedsQuerySchema, DATA_NEEDS_PAGE_SIZE } from "@/lib/data-needs/schemas";
import { organisationTypeName } from "@/lib/organisations/types";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Data needs not fully met" };

export default async function CoalitionNeedsListPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/data-needs/list");
  if (!dataNeedPolicy.canSeeCoalition(actor)) await denyAccess(actor, "data_need.coalition");
  const query = coalitionNeedsQuerySchema.parse(await searchParams);
  const [needs, options] = await Promise.all([
    listCoalitionNeeds(actor, query),
    listCoalitionFilterOptions(actor, query),
  ]);
  const category = options.categories.find(({ id }) => id === query.category);
  const what = category ? category.name : "All kinds of data";
  const who = query.type
    ? `needed by ${organisationTypeName(query.type, { plural: true })}`
    : "needed by any type of organisation";
  const { page: _page, ...filters } = query;
  return (
    <WideLayout>
      <p className="mb-2">
        <Link href={coalitionHref("/data-needs", { place: query.place, pathway: query.pathway })}>
          Back to the heatmap
        </Link>
      </p>
      <h1>
        {what}, {who}
      </h1>
      <p className="nhs-lede">Needs not met at all or only partly, the most important first.</p>
      <CoalitionFilters action="/data-needs/list" query={filters} options={options} />
      <p>
        <Link href={coalitionHref("/data-needs/export.csv", filters)} download>
          Download these data needs as CSV
        </Link>{" "}
        (met or not).
      </p>
      {needs.total === 0 ? (
        <p className="nhs-card">No needs match. Try fewer filters.</p>
      ) : (
        <>
          <NeedsTable caption={`${what}, ${who}`} needs={needs.needs} needer />
          <Pagination
            page={needs.page}
            pageCount={needs.pageCount}
            total={needs.total}
            pageSize={DATA_NEEDS_PAGE_SIZE}
            noun="data needs"
            hrefFor={(page) => coalitionHref("/data-needs/list", { ...filters, page })}
          />
        </>
      )}
    </WideLayout>
  );
}
