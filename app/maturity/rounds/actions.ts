"use server";

import { openRound } from "@/lib/maturity/rounds/open-round";
import { updateRound } from "@/lib/maturity/rounds/update-round";
import { type ActionResult, runAction } from "@/lib/server/action";

/** Opens a round from the new round form; answers with its id. */
export async function openRoundAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction("maturity_round.open", async (actor, context) => {
    const { id } = await openRound(actor, input, context);
    return { id };
  });
}

/** Changes a round's name and dates; the input carries the version the form was opened at. */
export async function updateRoundAction(roundId: string, input: unknown): Promise<ActionResult> {
  return runAction("maturity_round.update", async (actor, context) => {
    await updateRound(actor, roundId, input, context);
    return undefined;
  });
}
