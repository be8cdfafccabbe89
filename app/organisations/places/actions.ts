"use server";

import { createPlace } from "@/lib/organisations/create-place";
import { type ActionResult, runAction } from "@/lib/server/action";
import { refreshAfterWrite } from "@/lib/server/redirect-after-write";

/** Adds a place; the list of places is read again, and the form stays for another. */
export async function addPlace(
  input: unknown,
): Promise<ActionResult<{ id: string; name: string }>> {
  const result = await runAction("place.create", (actor, context) =>
    createPlace(actor, input, context),
  );
  return refreshAfterWrite(result, "/organisations/places");
}
