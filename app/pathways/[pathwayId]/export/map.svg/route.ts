import { pathwayExportHandler } from "@/lib/pathways/export/export-response";

// Read afresh on every request: an export is of the pathway as it stands.
export const dynamic = "force-dynamic";

/** The pathway map as an SVG image. */
export const GET = pathwayExportHandler("map.svg");
