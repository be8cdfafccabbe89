"use server";

import { redirect } from "next/navigation";

import { importPathwayFile } from "@/lib/pathways/import-pathway";
import { type ActionResult, runAction } from "@/lib/server/action";

export type ImportPathwayState = ActionResult<{ id: string }> | null;

/** Imports the uploaded pathway file as a new draft, then opens it. */
export async function importPathway(
  _previous: ImportPathwayState,
  formData: FormData,
): Promise<ImportPathwayState> {
  const file = formData.get("file");
  const result = await runAction("pathway.import", (actor, context) =>
    importPathwayFile(actor, file instanceof Blob ? file : null, context),
  );
  if (result.ok) redirect(`/pathways/${result.data.id}`);
  return result;
}
