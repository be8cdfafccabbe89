import { pathwayExportResponse } from "@/lib/pathways/export/export-response";

// Read afresh on every request: an export is of the pathway as it stands.
export const dynamic = "force-dynamic";

/** The pathway map as an SVG image. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ pathwayId: string }> },
) {
  const { pathwayId } = await params;
  return pathwayExportResponse(request, pathwayId, "map.svg");
}
