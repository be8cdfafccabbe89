import { notFound } from "next/navigation";
import { cache } from "react";

import { WideLayout } from "@/components/layout/wide-layout";
import { RoundResultsView } from "@/components/maturity/results/round-results-view";
import { requireActor } from "@/lib/auth/require-actor";
import { getRoundResults } from "@/lib/maturity/results/get-round-results";
import { roundResultsQuerySchema } from "@/lib/maturity/schemas";

type Props = {
  params: Promise<{ roundId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The page and its title both need the results: one read per request serves both.
const loadResults = cache(async (roundId: string, search: string) => {
  const actor = await requireActor(`/maturity/rounds/${roundId}/results`);
  const query = roundResultsQuerySchema.parse(Object.fromEntries(new URLSearchParams(search)));
  return getRoundResults(actor, roundId, query);
});

// cache() compares arguments by identity, so the query travels as its string.
const searchOf = async (searchParams: Props["searchParams"]) =>
  new URLSearchParams(
    Object.entries(await searchParams).flatMap(([name, value]) =>
      typeof value === "string" ? [[name, value]] : [],
    ),
  ).toString();

export default async function RoundResultsPage({ params, searchParams }: Props) {
  const results = await loadResults((await params).roundId, await searchOf(searchParams));
  if (!results) notFound();
  return (
    <WideLayout>
      <RoundResultsView results={results} />
    </WideLayout>
  );
}

export async function generateMetadata({ params, searchParams }: Props) {
  const results = await loadResults((await params).roundId, await searchOf(searchParams));
  return { title: results ? `Results of ${results.round.name}` : "Round results" };
}
