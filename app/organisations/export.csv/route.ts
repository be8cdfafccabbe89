import { exportFileName, exportOrganisationsCsv } from "@/lib/organisations/export-organisations";
import { directoryQuerySchema } from "@/lib/organisations/schemas";
import { runRoute } from "@/lib/server/route";

// Read afresh on every request: an export is of the directory as it stands.
export const dynamic = "force-dynamic";

/** The directory, with the search and filters in the query string, as a CSV file. */
export async function GET(request: Request) {
  return runRoute(
    "organisation.export",
    async (actor) => {
      const { searchParams } = new URL(request.url);
      const query = directoryQuerySchema.parse(Object.fromEntries(searchParams));
      return {
        body: await exportOrganisationsCsv(actor, query),
        fileName: exportFileName(),
        contentType: "text/csv; charset=utf-8",
      };
    },
    { signInReturnTo: "/organisations" },
  );
}
