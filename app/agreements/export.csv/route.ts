import { agreementsExportFileName, exportAgreementsCsv } from "@/lib/agreements/list-agreements";
import { agreementRegisterQuerySchema } from "@/lib/agreements/schemas";
import { getPrisma } from "@/lib/db/client";
import { runRoute } from "@/lib/server/route";

// Read afresh on every request: an export is of the register as it stands.
export const dynamic = "force-dynamic";

/** The register, with the search and filters in the query string, as a CSV file. */
export async function GET(request: Request) {
  return runRoute(
    "agreement.export",
    async (actor) => {
      const { searchParams } = new URL(request.url);
      const query = agreementRegisterQuerySchema.parse(Object.fromEntries(searchParams));
      return {
        body: await exportAgreementsCsv(await getPrisma(), actor, query),
        fileName: agreementsExportFileName(),
        contentType: "text/csv; charset=utf-8",
      };
    },
    { signInReturnTo: "/agreements" },
  );
}
