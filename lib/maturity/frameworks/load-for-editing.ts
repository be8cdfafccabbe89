import "server-only";

import { notFound, redirect } from "next/navigation";

import { requireActor } from "@/lib/auth/require-actor";
import { denyAccess } from "@/lib/server/deny-access";

import { maturityPolicy } from "../policy";
import { getFramework } from "./get-framework";

/**
 * For the pages that change a framework: the signed-in lead and the framework's newest version.
 * Others get the 403 page (recorded as `attempted`); an unknown framework the 404; an archived
 * one its own page, where it can be restored.
 */
export async function loadForEditing(frameworkId: string, path: string, attempted: string) {
  const actor = await requireActor(path);
  if (!maturityPolicy.canManage(actor)) await denyAccess(actor, attempted);
  const view = await getFramework(actor, frameworkId);
  if (!view) notFound();
  if (view.archivedAt) redirect(`/maturity/frameworks/${view.id}`);
  return { actor, view };
}
