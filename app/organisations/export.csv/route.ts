import { requireActor } from "@/lib/auth/require-actor";
import { exportFileName, exportOrganisationsCsv } from "@/lib/organisations/export-organisations";
import { directoryQuerySchema } from "@/lib/organisations/schemas";

// Read afresh on every request: an export is of the directory as it stands.
export const dynamic = "force-dynamic";

/** The directory, with the search and filters in the query string, as a CSV file. */
export async function GET(request: Request) {
  const { searchParams } = new URL(request.url);
  const returnTo = `/organisations${searchParams.size > 0 ? `?${searchParams.toString()}` : ""}`;
  const actor = await requireActor(returnTo);
  const query = directoryQuerySchema.parse(Object.fromEntries(searchParams));
  const csv = await exportOrganisationsCsv(actor, query);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName()}"`,
      "Cache-Control": "no-store",
    },
  });
}
