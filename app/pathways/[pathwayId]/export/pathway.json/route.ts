import { pathwayExportHandler } from "@/lib/pathways/export/export-response";

// Read afresh on every request: an export is of the pathway as it stands.
export const dynamic = "force-dynamic";

/** The pathway as a JSON file that the platform imports again. */
export const GET = pathwayExportHandler("pathway.json");
