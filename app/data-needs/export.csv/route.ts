import { dataNeedsExportFileName, exportDataNeedsCsv } from "@/lib/data-needs/export-data-needs";
import { coalitionNeedsQuerySchema } from "@/lib/data-needs/schemas";
import { runRoute } from "@/lib/server/route";

// Read afresh on every request: an export is of the needs as they stand.
export const dynamic = "force-dynamic";

/** The coalition's data needs, with the view's filters in the query string, as a CSV file. */
export async function GET(request: Request) {
  return runRoute(
    "data_need.export",
    async (actor) => {
      // Read only once the person is known: nothing of the request is looked at before.
      const { searchParams } = new URL(request.url);
      const { page: _page, ...filters } = coalitionNeedsQuerySchema.parse(
        Object.fromEntries(searchParams),
      );
      return {
        body: await exportDataNeedsCsv(actor, filters),
        fileName: dataNeedsExportFileName(),
        contentType: "text/csv; charset=utf-8",
      };
    },
    { signInReturnTo: "/data-needs" },
  );
}
