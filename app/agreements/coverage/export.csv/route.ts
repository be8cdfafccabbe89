import {
  coalitionCoverageQuerySchema,
  listCoveragePairs,
} from "@/lib/agreements/coverage/coalition-coverage";
import { coalitionCoverageCsv } from "@/lib/agreements/coverage/coalition-coverage-csv";
import { runRoute } from "@/lib/server/route";

// Read afresh on every request: an export is of the coverage as it stands.
export const dynamic = "force-dynamic";

/** Every pair of organisations with their agreements and flows, with the page's filters, as CSV. */
export async function GET(request: Request) {
  return runRoute(
    "agreement.coverage_export",
    async (actor) => {
      const { page: _page, ...filters } = coalitionCoverageQuerySchema.parse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
      return {
        body: coalitionCoverageCsv(await listCoveragePairs(actor, filters)),
        fileName: "agreement-coverage.csv",
        contentType: "text/csv; charset=utf-8",
      };
    },
    { signInReturnTo: "/agreements/coverage" },
  );
}
