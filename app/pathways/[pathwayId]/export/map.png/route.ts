import { pathwayExportHandler } from "@/lib/pathways/export/export-response";

// Read afresh on every request: an export is of the pathway as it stands.
export const dynamic = "force-dynamic";
// The PNG is drawn with a native library, which needs the Node.js runtime.
export const runtime = "nodejs";

/** The pathway map as a PNG image. */
export const GET = pathwayExportHandler("map.png");
