import "server-only";

import type { Actor } from "@/lib/auth/actor";

import { getPathway } from "./get-pathway";
import { mapProps } from "./map-props";

// The map canvas's data (layout, flows, step versions) as JSON, fetched by the canvas after the
// page has loaded: for a pathway of hundreds of flows it is several hundred kilobytes, which the
// page itself no longer carries. The tables on the page hold everything the map shows.

const serialised = new WeakMap<object, string>();

/**
 * The map data of a pathway as the actor may see it, as JSON text; null when the actor may not
 * see it (or asks for a published version there is not). Worked out once per revision.
 */
export async function getPathwayMapJson(
  actor: Actor,
  pathwayId: string,
  wanted: "draft" | "published",
): Promise<string | null> {
  const view = await getPathway(actor, pathwayId, wanted);
  if (!view || (wanted === "published" && view.showing !== "published")) return null;
  const props = mapProps(view.content, view.readiness);
  let json = serialised.get(props);
  if (json === undefined) {
    json = JSON.stringify(props);
    serialised.set(props, json);
  }
  return json;
}
