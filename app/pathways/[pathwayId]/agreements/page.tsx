import { notFound } from "next/navigation";
import { cache } from "react";

import { CoverageTag } from "@/components/agreements/coverage-tag";
import { PathwayCoverageTable } from "@/components/agreements/pathway-coverage-table";
import { WideLayout } from "@/components/layout/wide-layout";
import { BackLink } from "@/components/pathways/back-link";
import { coverageVerdictOrder } from "@/lib/agreements/coverage/words";
import { countVerdicts } from "@/lib/agreements/coverage/coverage-rows";
import { getPathwayCoverage } from "@/lib/agreements/coverage/get-pathway-coverage";
import { requireActor } from "@/lib/auth/require-actor";

type Props = {
  params: Promise<{ pathwayId: string }>;
  searchParams: Promise<{ version?: string }>;
};

const wantedVersion = (version: string | undefined) =>
  version === "published" ? "published" : "draft";

const load = cache(async (pathwayId: string, wanted: "draft" | "published") => {
  const actor = await requireActor(`/pathways/${pathwayId}/agreements`);
  return getPathwayCoverage(actor, pathwayId, wanted);
});

export default async function PathwayAgreementsPage({ params, searchParams }: Props) {
  const { pathwayId } = await params;
  const view = await load(pathwayId, wantedVersion((await searchParams).version));
  if (!view) notFound();
  const counts = countVerdicts(view.rows);
  const query = view.showing === "published" ? "?version=published" : "";
  const base = `/pathways/${encodeURIComponent(view.pathwayId)}`;
  return (
    <WideLayout>
      <BackLink href={`${base}${query}`}>Back to the pathway</BackLink>
      <h1>
        <span className="block text-xl nhs-secondary-text">{view.name}</span>
        Data sharing agreements
      </h1>
      <p>
        A flow is covered when an active agreement that lists it, or covers such flows by rule,
        names both of its organisations as parties and every kind of data it carries.
        {view.showing === "published" ? " This is the published version of the pathway." : ""}
      </p>
      <ul className="mb-6 flex flex-wrap gap-6" aria-label="Flows by coverage">
        {coverageVerdictOrder.map((verdict) => (
          <li key={verdict}>
            <CoverageTag verdict={verdict} />{" "}
            <span data-testid={`coverage-${verdict}`}>
              {counts[verdict]} {counts[verdict] === 1 ? "flow" : "flows"}
            </span>
          </li>
        ))}
      </ul>
      <PathwayCoverageTable rows={view.rows} />
      <p className="mt-6">
        <a href={`${base}/agreements/coverage.csv${query}`} download>
          Download the coverage as CSV
        </a>
      </p>
    </WideLayout>
  );
}

export async function generateMetadata({ params, searchParams }: Props) {
  const view = await load((await params).pathwayId, wantedVersion((await searchParams).version));
  return { title: view ? `Agreements: ${view.name}` : "Pathway" };
}
