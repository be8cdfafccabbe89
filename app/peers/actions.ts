"use server";

import { getPrisma } from "@/lib/db/client";
import { updatePeerProfile } from "@/lib/peers/peer-profile";
import { type ActionResult, runAction } from "@/lib/server/action";
import { redirectAfterWrite } from "@/lib/server/redirect-after-write";

/** Saves whether peers can find you and what you can help with, then shows the account page. */
export async function savePeerProfile(input: unknown): Promise<ActionResult> {
  const result = await runAction("peer_profile.update", async (actor, context) =>
    updatePeerProfile(await getPrisma(), actor, input, context),
  );
  return redirectAfterWrite(result, "/account", "peer-profile");
}
