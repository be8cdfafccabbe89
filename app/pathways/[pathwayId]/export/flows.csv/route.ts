import { pathwayExportHandler } from "@/lib/pathways/export/export-response";

// Read afresh on every request: an export is of the pathway as it stands.
export const dynamic = "force-dynamic";

/** The pathway's information flows as a CSV file, with each flow's readiness. */
export const GET = pathwayExportHandler("flows.csv");
