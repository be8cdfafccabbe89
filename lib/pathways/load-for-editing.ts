import "server-only";

import { notFound, redirect } from "next/navigation";

import { requireActor } from "@/lib/auth/require-actor";
import { denyAccess } from "@/lib/server/deny-access";

import { getPathway } from "./get-pathway";
import { pathwayPolicy } from "./policy";

/**
 * For the pages that change a pathway: the signed-in lead and the working draft. Others get the
 * 403 page (recorded as `attempted`); an unknown pathway the 404; an archived one its own page.
 */
export async function loadForEditing(pathwayId: string, path: string, attempted: string) {
  const actor = await requireActor(path);
  if (!pathwayPolicy.canEdit(actor)) await denyAccess(actor, attempted);
  const view = await getPathway(actor, pathwayId, "draft");
  if (!view) notFound();
  if (view.status === "ARCHIVED") redirect(`/pathways/${pathwayId}`);
  return { actor, view };
}
