import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { getPathway } from "@/lib/pathways/get-pathway";

import { type CoverageRow, coverageRows } from "./coverage-rows";

export interface PathwayCoverageView {
  pathwayId: string;
  name: string;
  showing: "draft" | "published";
  rows: CoverageRow[];
}

/**
 * A pathway's flows with their coverage by data sharing agreements, as the reader may see the
 * pathway (null when they may not: the page answers 404). Agreements the reader may not open
 * count, but are not named.
 */
export async function getPathwayCoverage(
  actor: Actor,
  pathwayId: string,
  wanted: "draft" | "published" = "draft",
): Promise<PathwayCoverageView | null> {
  const view = await getPathway(actor, pathwayId, wanted);
  if (!view) return null;
  return {
    pathwayId: view.id,
    name: view.content.name,
    showing: view.showing,
    rows: coverageRows(view.content, view.readiness.coverage),
  };
}
