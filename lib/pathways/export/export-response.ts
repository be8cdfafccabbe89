import "server-only";

import { requireActor } from "@/lib/auth/require-actor";
import { AppError } from "@/lib/errors";

import { exportPathway } from "./export-pathway";
import type { ExportFormat } from "./formats";

/**
 * What every export route answers: the file as an attachment, read afresh and never cached; a
 * 404 for a pathway the person may not see; and sign-in for someone not signed in.
 */
export async function pathwayExportResponse(
  request: Request,
  pathwayId: string,
  format: ExportFormat,
): Promise<Response> {
  const actor = await requireActor(`/pathways/${encodeURIComponent(pathwayId)}`);
  const wanted =
    new URL(request.url).searchParams.get("version") === "published" ? "published" : "draft";
  let file: Awaited<ReturnType<typeof exportPathway>>;
  try {
    file = await exportPathway(actor, pathwayId, format, wanted);
  } catch (error) {
    // A file past its budget (a map too large to draw) is refused with the reason, never a 500.
    if (!(error instanceof AppError)) throw error;
    return new Response(error.message, {
      status: error.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (!file) {
    return new Response("That pathway does not exist.", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
