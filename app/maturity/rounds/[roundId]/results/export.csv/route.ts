import { AppError } from "@/lib/errors";
import { exportRoundResultsCsv } from "@/lib/maturity/results/export-round-results";
import { runRoute } from "@/lib/server/route";

// Read afresh on every request: an export is of the results as they stand.
export const dynamic = "force-dynamic";

/** Every organisation's results in a round, with its status, as a CSV file: leads only. */
export async function GET(_request: Request, { params }: { params: Promise<{ roundId: string }> }) {
  const { roundId } = await params;
  return runRoute(
    "maturity.export_results",
    async (actor) => {
      const file = await exportRoundResultsCsv(actor, roundId);
      if (!file) throw new AppError("NOT_FOUND", "That round does not exist.");
      return { body: file.csv, fileName: file.fileName, contentType: "text/csv; charset=utf-8" };
    },
    { signInReturnTo: `/maturity/rounds/${encodeURIComponent(roundId)}/results` },
  );
}
