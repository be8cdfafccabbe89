import { notFound } from "next/navigation";
import { cache } from "react";

import { OrganisationResultsView } from "@/components/maturity/results/organisation-results-view";
import { requireActor } from "@/lib/auth/require-actor";
import { getPrisma } from "@/lib/db/client";
import { lessonsFromStrongOrganisations } from "@/lib/lessons/placements";
import { getOrganisationResults } from "@/lib/maturity/results/get-organisation-results";
import { organisationResultsQuerySchema } from "@/lib/maturity/schemas";

// The page and its title both need the results: one read per request serves both.
const loadResults = cache(async (organisationId: string, roundId: string | undefined) => {
  const actor = await requireActor(`/organisations/${organisationId}/maturity`);
  return { actor, results: await getOrganisationResults(actor, organisationId, roundId) };
});

type Props = {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const chosenRound = async (searchParams: Props["searchParams"]) =>
  organisationResultsQuerySchema.parse(await searchParams).round;

export default async function OrganisationMaturityPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const { actor, results } = await loadResults(
    (await params).organisationId,
    await chosenRound(searchParams),
  );
  if (!results) notFound();
  const helpLessons = await lessonsFromStrongOrganisations(await getPrisma(), actor, {
    organisationId: results.organisation.id,
    dimensionKeys: results.help.map((dimension) => dimension.key),
  });
  return (
    <OrganisationResultsView
      results={results}
      helpLessons={helpLessons}
      notice={typeof query.notice === "string" ? query.notice : undefined}
    />
  );
}

export async function generateMetadata({ params, searchParams }: Props) {
  const { results } = await loadResults(
    (await params).organisationId,
    await chosenRound(searchParams),
  );
  return {
    title: results ? `Digital maturity results: ${results.organisation.name}` : "Organisation",
  };
}
