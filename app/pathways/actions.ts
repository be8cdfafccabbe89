"use server";

import { createPathway } from "@/lib/pathways/create-pathway";
import { addDataCategory } from "@/lib/pathways/data-categories";
import { type ActionResult, runAction } from "@/lib/server/action";

/** Starts a draft pathway from the new pathway form. */
export async function startPathway(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("pathway.create", (actor, context) => createPathway(actor, input, context));
}

/** Adds a kind of data to the coalition's vocabulary. */
export async function saveDataCategory(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("data_category.add", (actor, context) => addDataCategory(actor, input, context));
}
