import "./print.css";

import { notFound } from "next/navigation";
import { cache } from "react";

import { RoundReportView } from "@/components/maturity/results/round-report-view";
import { requireActor } from "@/lib/auth/require-actor";
import { maturityPolicy } from "@/lib/maturity/policy";
import { getRoundReport } from "@/lib/maturity/results/get-round-results";
import { denyAccess } from "@/lib/server/deny-access";

// The page and its title both need the report: one read per request serves both.
const loadReport = cache(async (roundId: string) => {
  const actor = await requireActor(`/maturity/rounds/${roundId}/results/print`);
  if (!maturityPolicy.canSeeCoalition(actor)) await denyAccess(actor, "maturity.print_results");
  return getRoundReport(actor, roundId);
});

type Props = { params: Promise<{ roundId: string }> };

export default async function RoundReportPage({ params }: Props) {
  const report = await loadReport((await params).roundId);
  if (!report) notFound();
  return <RoundReportView results={report} today={new Date()} />;
}

export async function generateMetadata({ params }: Props) {
  const report = await loadReport((await params).roundId);
  return { title: report ? `Board report: ${report.round.name}` : "Round results" };
}
