import { coverageCsv } from "@/lib/agreements/coverage/coverage-rows";
import { getPathwayCoverage } from "@/lib/agreements/coverage/get-pathway-coverage";
import { AppError } from "@/lib/errors";
import { runRoute } from "@/lib/server/route";

// Read afresh on every request: an export is of the coverage as it stands.
export const dynamic = "force-dynamic";

/** A pathway's flows and the agreements that cover them, as a CSV file. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ pathwayId: string }> },
) {
  const { pathwayId } = await params;
  return runRoute(
    "agreement.coverage_export",
    async (actor) => {
      const wanted =
        new URL(request.url).searchParams.get("version") === "published" ? "published" : "draft";
      const view = await getPathwayCoverage(actor, pathwayId, wanted);
      if (!view) throw new AppError("NOT_FOUND", "That pathway does not exist.");
      return {
        body: coverageCsv(view.rows),
        fileName: `${view.name} agreements coverage.csv`,
        contentType: "text/csv; charset=utf-8",
      };
    },
    { signInReturnTo: `/pathways/${encodeURIComponent(pathwayId)}/agreements` },
  );
}
