import {
  CoalitionCoverageFilters,
  CoverageMatrix,
  CoveragePairsTable,
} from "@/components/agreements/coalition-coverage-view";
import { WideLayout } from "@/components/layout/wide-layout";
import {
  coalitionCoverageQuerySchema,
  getCoalitionCoverage,
  MATRIX_LIMIT,
} from "@/lib/agreements/coverage/coalition-coverage";
import { isProgrammeLead } from "@/lib/auth/actor";
import { requireActor } from "@/lib/auth/require-actor";
import { listPlaces } from "@/lib/organisations/list-organisations";
import { denyAccess } from "@/lib/server/deny-access";

export const metadata = { title: "Agreement coverage across the coalition" };

const queryString = (values: Record<string, string | number | undefined>) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== "" && value !== 1) params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
};

export default async function CoalitionCoveragePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireActor("/agreements/coverage");
  if (!isProgrammeLead(actor)) await denyAccess(actor, "agreement.coverage");
  const query = coalitionCoverageQuerySchema.parse(await searchParams);
  const [coverage, places] = await Promise.all([getCoalitionCoverage(actor, query), listPlaces()]);
  const filters = { place: query.place, type: query.type };
  return (
    <WideLayout>
      <h1>Agreement coverage across the coalition</h1>
      <p className="nhs-lede">
        Each pair of organisations that share flows of care data or agreements: the most advanced
        agreement between them, and how many of the flows between them an agreement covers.
      </p>
      <CoalitionCoverageFilters query={query} places={places} />
      <p>
        <strong>{coverage.total}</strong> {coverage.total === 1 ? "pair" : "pairs"} of organisations
        {query.place || query.type ? " with these filters" : ""}.{" "}
        <a href={`/agreements/coverage/export.csv${queryString(filters)}`} download>
          Download every pair as CSV
        </a>
      </p>
      {coverage.matrix ? (
        <CoverageMatrix matrix={coverage.matrix} />
      ) : coverage.total > 0 ? (
        <p>
          Filter by place or type to {MATRIX_LIMIT} organisations or fewer to see them as a grid.
          The table below lists every pair.
        </p>
      ) : null}
      <h2 className="mt-8">Every pair</h2>
      <CoveragePairsTable
        coverage={coverage}
        hrefFor={(page) => `/agreements/coverage${queryString({ ...filters, page })}`}
      />
    </WideLayout>
  );
}
