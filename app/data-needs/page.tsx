import Link from "@/components/ui/link";

import { CoalitionFilters } from "@/components/data-needs/coalition-filters";
import { HeatmapKey, HeatmapTable } from "@/components/data-needs/heatmap-table";
import { WideLayout } from "@/components/layout/wide-layout";
import { requireActor } from "@/lib/auth/require-actor";
import { getCoalitionHeatmap } from "@/lib/data-needs/coalition-heatmap";
import { coalitionHref } from "@/lib/data-needs/links";
import { listCoalitionFilterOptions } from "@/lib/data-needs/list-coalition-needs";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { coalitionNeedsQuerySchema } from "@/lib/data-needs/schemas";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Data needs across the coalition" };

export default async function CoalitionDataNeedsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/data-needs");
  if (!dataNeedPolicy.canSeeCoalition(actor)) await denyAccess(actor, "data_need.coalition");
  const { place, pathway } = coalitionNeedsQuerySchema.parse(await searchParams);
  const filters = { place, pathway };
  const [heatmap, options] = await Promise.all([
    getCoalitionHeatmap(actor, filters),
    listCoalitionFilterOptions(actor, filters),
  ]);
  return (
    <WideLayout>
      <h1>Data needs across the coalition</h1>
      <p className="nhs-lede">
        Where organisations do not get the data they need: needs not met at all or only partly, by
        kind of data and the type of organisation that needs it. Open a count to see the needs
        behind it.
      </p>
      <CoalitionFilters action="/data-needs" query={filters} options={options} />
      <p>
        <strong>{heatmap.total}</strong> {heatmap.total === 1 ? "need" : "needs"} not fully met
        {place || pathway ? " with these filters" : ""}.{" "}
        <Link href={coalitionHref("/data-needs/export.csv", filters)} download>
          Download all the data needs as CSV
        </Link>{" "}
        (met or not, with these filters).
      </p>
      <HeatmapKey />
      <HeatmapTable heatmap={heatmap} filters={filters} />
    </WideLayout>
  );
}
