import "server-only";

import type { Actor } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import { listSystemSuggestions } from "@/lib/organisations/list-system-suggestions";
import { listReadableStepOptions, type StepOptionGroup } from "@/lib/pathways/readable-steps";

import { listDimensionOptions } from "./dimensions";
import { lessonPolicy } from "./policy";

export interface LessonFormOptions {
  organisations: { id: string; name: string; type: string; placeId: string }[];
  places: { id: string; name: string }[];
  pathways: { id: string; name: string }[];
  steps: StepOptionGroup[];
  dimensions: { key: string; name: string }[];
  /** Suppliers and products the coalition runs, offered as suggestions. */
  suppliers: string[];
  products: string[];
}

/**
 * The choices of the lesson form, each only what the person may point a lesson at, and the
 * organisation a lesson being changed already has (a lead or an admin may keep it).
 */
export async function lessonFormOptions(
  db: DbTransaction,
  actor: Actor,
  current: { organisationId: string | null } = { organisationId: null },
): Promise<LessonFormOptions> {
  const organisationIds = [
    ...lessonPolicy.recordableOrganisations(actor),
    ...(current.organisationId ? [current.organisationId] : []),
  ];
  const [organisations, places, pathways, steps, dimensions, systems] = await Promise.all([
    db.organisation.findMany({
      where: { id: { in: organisationIds }, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, type: true, placeId: true },
    }),
    db.place.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.pathway.findMany({
      where: lessonPolicy.readablePathwaysWhere(actor),
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    listReadableStepOptions(actor, db),
    listDimensionOptions(db),
    listSystemSuggestions(db),
  ]);
  return {
    organisations,
    places,
    pathways,
    steps,
    dimensions,
    suppliers: systems.suppliers,
    products: systems.products,
  };
}
