"use server";

import { openRound } from "@/lib/maturity/rounds/open-round";
import { updateRound } from "@/lib/maturity/rounds/update-round";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Opens a round from the new round form, then shows it. */
export async function openRoundAction(input: unknown): Promise<ActionResult> {
  const result = await runAction("maturity_round.open", async (actor, context) => {
    const { id } = await openRound(actor, input, context);
    return { id };
  });
  return redirectAfterWrite(result, ({ id }) => `/maturity/rounds/${id}`);
}

/**
 * Changes a round's name and dates (the input carries the version the form was opened at), then
 * shows the round.
 */
export async function updateRoundAction(roundId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction("maturity_round.update", (actor, context) =>
    updateRound(actor, roundId, input, context),
  );
  return redirectAfterWrite(result, `/maturity/rounds/${roundId}`);
}
