import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { requireIds } from "@/lib/validation/ids";

import { cannotEditPathways, pathwayNotFound } from "./errors";
import { pathwayPolicy } from "./policy";

// What every change to a pathway checks first: ids that could name records, an editor making it.

/** Throws NOT_FOUND unless each id could name a record. */
export const guardIds = (...ids: string[]): void => requireIds(ids, pathwayNotFound);

/** Throws unless the actor may edit pathways. */
export function requireEditor(actor: Actor): void {
  if (!pathwayPolicy.canEdit(actor)) throw cannotEditPathways();
}
