import { requireActor } from "@/lib/auth/require-actor";
import { coalitionHref } from "@/lib/data-needs/links";
import { dataNeedsExportFileName, exportDataNeedsCsv } from "@/lib/data-needs/export-data-needs";
import { dataNeedPolicy } from "@/lib/data-needs/policy";
import { coalitionNeedsQuerySchema } from "@/lib/data-needs/schemas";
import { denyAccess } from "@/lib/server/deny-access";

// Read afresh on every request: an export is of the needs as they stand.
export const dynamic = "force-dynamic";

/** The coalition's data needs, with the view's filters in the query string, as a CSV file. */
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const { page: _page, ...filters } = coalitionNeedsQuerySchema.parse(
    Object.fromEntries(searchParams),
  );
  const actor = await requireActor(coalitionHref("/data-needs", filters));
  if (!dataNeedPolicy.canSeeCoalition(actor)) await denyAccess(actor, "dataNeed.export");
  const csv = await exportDataNeedsCsv(actor, filters);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dataNeedsExportFileName()}"`,
      "Cache-Control": "no-store",
    },
  });
}
