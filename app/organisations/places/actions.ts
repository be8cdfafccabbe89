"use server";

import { createPlace } from "@/lib/organisations/create-place";
import { type ActionResult, runAction } from "@/lib/server/action";

export async function addPlace(
  input: unknown,
): Promise<ActionResult<{ id: string; name: string }>> {
  return runAction("place.create", (actor, context) => createPlace(actor, input, context));
}
