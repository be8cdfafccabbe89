import { requireActor } from "@/lib/auth/require-actor";
import { exportRoundResultsCsv } from "@/lib/maturity/results/export-round-results";
import { maturityPolicy } from "@/lib/maturity/policy";
import { denyAccess } from "@/lib/server/deny-access";

// Read afresh on every request: an export is of the results as they stand.
export const dynamic = "force-dynamic";

/** Every organisation's results in a round, with its status, as a CSV file: leads only. */
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  const actor = await requireActor(`/maturity/rounds/${encodeURIComponent(roundId)}/results`);
  if (!maturityPolicy.canSeeCoalition(actor)) await denyAccess(actor, "maturity.exportResults");
  const file = await exportRoundResultsCsv(actor, roundId);
  if (!file) {
    return new Response("That round does not exist.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(file.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
