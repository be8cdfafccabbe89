import "server-only";

import { stringify } from "csv-stringify/sync";

import type { Actor } from "@/lib/auth/actor";
import { escapeFormula } from "@/lib/csv/escape-formula";
import { getPrisma } from "@/lib/db/client";
import { anyOrganisationOfType, organisationTypeLabels } from "@/lib/organisations/types";
import { importanceLabels, needMetLabels, timelinessLabels } from "@/lib/pathways/types";

import { coalitionWhere } from "./coalition-filters";
import { cannotSeeCoalition } from "./errors";
import { needRowSelect } from "./list-organisation-needs";
import { dataNeedPolicy } from "./policy";
import type { CoalitionNeedsQuery } from "./schemas";

/** The most needs one export holds: the whole of a large coalition. */
const MAX_EXPORT_ROWS = 100_000;

const headings = [
  "Organisation",
  "Organisation type",
  "Team or role",
  "Data category",
  "From",
  "How soon",
  "Records a month",
  "Purpose",
  "Decision",
  "Importance",
  "Met today",
  "Pathway",
  "Pathway step",
];

/**
 * The coalition's data needs as CSV, for leads: every need (met or not) with the view's filters.
 * Cells a spreadsheet would run as formulas are escaped.
 */
export async function exportDataNeedsCsv(
  actor: Actor,
  query: Omit<CoalitionNeedsQuery, "page">,
): Promise<string> {
  if (!dataNeedPolicy.canSeeCoalition(actor)) throw cannotSeeCoalition();
  const prisma = await getPrisma();
  const needs = await prisma.dataNeed.findMany({
    where: coalitionWhere(query, { unmetOnly: false }),
    orderBy: [{ organisation: { name: "asc" } }, { dataCategory: { name: "asc" } }, { id: "asc" }],
    take: MAX_EXPORT_ROWS,
    select: needRowSelect,
  });
  const rows = needs.map((need) => [
    need.organisation.name,
    organisationTypeLabels[need.organisation.type],
    need.teamOrRole,
    need.dataCategory.name,
    need.sourceOrganisation?.name ?? anyOrganisationOfType(need.sourceOrganisationType ?? "OTHER"),
    timelinessLabels[need.timeliness],
    need.volumePerMonth === null ? "" : String(need.volumePerMonth),
    need.purpose,
    need.decision ?? "",
    importanceLabels[need.importance],
    needMetLabels[need.metToday],
    need.pathwayStep?.pathway.name ?? "",
    need.pathwayStep?.name ?? "",
  ]);
  return stringify(
    [headings, ...rows].map((row) => row.map(escapeFormula)),
    {
      bom: true,
      record_delimiter: "\r\n",
    },
  );
}

export const dataNeedsExportFileName = (now = new Date()) =>
  `data-needs-${now.toISOString().slice(0, 10)}.csv`;
