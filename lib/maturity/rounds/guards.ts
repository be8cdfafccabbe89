import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { requireIds } from "@/lib/validation/ids";

import { maturityPolicy } from "../policy";
import { cannotManageRounds, roundNotFound } from "./errors";

// What the round functions check first: a programme lead asking, ids that could name records.

/** Throws unless the actor may open and change rounds. */
export function requireRoundManager(actor: Actor): void {
  if (!maturityPolicy.canManage(actor)) throw cannotManageRounds();
}

/** Throws NOT_FOUND unless each id could name a record. */
export const guardRoundIds = (...ids: string[]): void => requireIds(ids, roundNotFound);
