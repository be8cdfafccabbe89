import { AppError } from "@/lib/errors";
import { getPathwayMapJson } from "@/lib/pathways/map-data";
import { runRoute } from "@/lib/server/route";

export const dynamic = "force-dynamic";

/** The map canvas's data, for the canvas to fetch once the page has loaded. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ pathwayId: string }> },
): Promise<Response> {
  const { pathwayId } = await params;
  return runRoute("pathway.map", async (actor) => {
    const wanted =
      new URL(request.url).searchParams.get("version") === "published" ? "published" : "draft";
    const json = await getPathwayMapJson(actor, pathwayId, wanted);
    if (json === null) throw new AppError("NOT_FOUND", "That pathway does not exist.");
    return new Response(json, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Cache-Control": "private, no-store",
      },
    });
  });
}
