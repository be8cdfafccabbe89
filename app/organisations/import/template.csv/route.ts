import { writeOrganisationCsv } from "@/lib/organisations/csv-file";
import { runRoute } from "@/lib/server/route";

/**
 * An empty file with the import's columns. It shows nothing of the directory, so anyone signed in
 * may have it; only programme leads may import.
 */
export async function GET() {
  return runRoute(
    "organisation.import_template",
    () =>
      Promise.resolve({
        body: writeOrganisationCsv([]),
        fileName: "organisations-template.csv",
        contentType: "text/csv; charset=utf-8",
      }),
    { signInReturnTo: "/organisations/import" },
  );
}
