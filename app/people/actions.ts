"use server";

import { changeMembershipRole } from "@/lib/users/change-membership-role";
import { changePlatformRole } from "@/lib/users/change-platform-role";
import { removeMembership } from "@/lib/users/remove-membership";
import { setAccountDisabled } from "@/lib/users/set-account-disabled";
import { type ActionResult, runAction } from "@/lib/server/action";
import { refreshAfterWrite } from "@/lib/server/redirect-after-write";

/** Changes someone's platform role; their page is read again with the new role. */
export async function savePlatformRole(userId: string, input: unknown): Promise<ActionResult> {
  const result = await runAction("user.change_role", async (actor, context) => {
    await changePlatformRole(actor, userId, input, context);
    return undefined;
  });
  return refreshAfterWrite(result, `/people/${userId}`);
}

export async function saveAccountDisabled(
  userId: string,
  disabled: boolean,
): Promise<ActionResult> {
  return runAction(disabled === true ? "user.disable" : "user.enable", async (actor, context) => {
    await setAccountDisabled(actor, userId, disabled === true, context);
    return undefined;
  });
}

export async function saveMembershipRole(
  membershipId: string,
  input: unknown,
): Promise<ActionResult> {
  return runAction("membership.change_role", async (actor, context) => {
    await changeMembershipRole(actor, membershipId, input, context);
    return undefined;
  });
}

export async function deleteMembership(membershipId: string): Promise<ActionResult> {
  return runAction("membership.remove", async (actor, context) => {
    await removeMembership(actor, membershipId, context);
    return undefined;
  });
}
