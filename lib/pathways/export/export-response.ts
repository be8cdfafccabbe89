import "server-only";

import { AppError } from "@/lib/errors";
import { runRoute } from "@/lib/server/route";

import { exportPathway } from "./export-pathway";
import type { ExportFormat } from "./formats";

interface PathwaySegment {
  params: Promise<{ pathwayId: string }>;
}

/**
 * The route handler of one export format: the file as an attachment, read afresh and never
 * cached; a 404 for a pathway the person may not see; and sign-in for someone not signed in.
 * `?version=published` asks for the published version instead of the draft.
 */
export const pathwayExportHandler =
  (format: ExportFormat) =>
  async (request: Request, { params }: PathwaySegment): Promise<Response> => {
    const { pathwayId } = await params;
    return runRoute(
      "pathway.export",
      async (actor) => {
        const wanted =
          new URL(request.url).searchParams.get("version") === "published" ? "published" : "draft";
        const file = await exportPathway(actor, pathwayId, format, wanted);
        if (!file) throw new AppError("NOT_FOUND", "That pathway does not exist.");
        return { body: file.body, fileName: file.fileName, contentType: file.contentType };
      },
      { signInReturnTo: `/pathways/${encodeURIComponent(pathwayId)}` },
    );
  };
