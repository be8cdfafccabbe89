"use server";

import { createPathway } from "@/lib/pathways/create-pathway";
import { addDataCategory } from "@/lib/pathways/data-categories";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite, refreshAfterWrite } from "@/lib/server/redirect-after-write";

/** Starts a draft pathway from the new pathway form, then opens it in the editor. */
export async function startPathway(input: unknown): Promise<ActionResult> {
  const result = await runAction("pathway.create", (actor, context) =>
    createPathway(actor, input, context),
  );
  return redirectAfterWrite(result, ({ id }) => `/pathways/${id}/edit`);
}

/** Adds a kind of data to the coalition's vocabulary; the list is read again. */
export async function saveDataCategory(input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await runAction("data_category.add", (actor, context) =>
    addDataCategory(actor, input, context),
  );
  return refreshAfterWrite(result, "/data-categories");
}
