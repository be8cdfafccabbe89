import { requireActor } from "@/lib/auth/require-actor";
import { writeOrganisationCsv } from "@/lib/organisations/csv-file";

/**
 * An empty file with the import's columns. It shows nothing of the directory, so anyone signed in
 * may have it; only programme leads may import.
 */
export async function GET() {
  await requireActor("/organisations/import");
  return new Response(writeOrganisationCsv([]), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="organisations-template.csv"',
      "Cache-Control": "no-store",
    },
  });
}
