"use server";

import { logInteraction, updateInteraction } from "@/lib/interactions/write-interaction";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Logs an interaction and its follow-up commitments, then shows it with a confirmation. */
export async function addInteraction(input: unknown): Promise<ActionResult> {
  const result = await runAction("interaction.log", (actor, context) =>
    logInteraction(actor, input, context),
  );
  return redirectAfterWrite(result, ({ id }) => `/interactions/${id}`, "interaction");
}

/** Saves an interaction's changes, then shows it with a confirmation. */
export async function saveInteraction(
  interactionId: string,
  version: number,
  input: unknown,
): Promise<ActionResult> {
  const result = await runAction("interaction.update", (actor, context) =>
    updateInteraction(actor, interactionId, version, input, context),
  );
  return redirectAfterWrite(result, `/interactions/${interactionId}`, "interaction");
}
