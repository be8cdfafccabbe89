import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { createHash } from "node:crypto";

import type { Prisma } from "@/lib/generated/prisma/client";

import { type CsvField, normaliseWords } from "./csv-columns";
import type { CsvContent, CsvRow } from "./csv-file";
import { changedFields, checkImportRow, type RowErrors } from "./import-row";
import type { OrganisationDetails } from "./schemas";

/** What importing a row would do. `name` and `odsCode` are for showing the row, cut short. */
export type RowPlan = { row: number; name: string; odsCode: string } & (
  | { outcome: "create"; details: OrganisationDetails }
  | {
      outcome: "update";
      organisationId: string;
      before: OrganisationDetails;
      details: OrganisationDetails;
      changes: (keyof OrganisationDetails)[];
    }
  | { outcome: "unchanged"; organisationId: string }
  | { outcome: "error"; errors: RowErrors }
);

export interface ImportPlan {
  rows: RowPlan[];
  fields: CsvField[];
  ignoredColumns: string[];
  /** Every place's name by its id, to show the places a row moves between. */
  placeNames: Map<string, string>;
  /** A digest of what the plan would write, to tell whether the directory moved on since. */
  fingerprint: string;
}

const shown = (value: string | undefined) => {
  const text = (value ?? "").trim();
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
};

const detailSelect = {
  id: true,
  name: true,
  odsCode: true,
  type: true,
  placeId: true,
  engagementCurrent: true,
  address: true,
  postcode: true,
  website: true,
  sizeBand: true,
  archivedAt: true,
} as const;

type Existing = Prisma.OrganisationGetPayload<{ select: typeof detailSelect }>;

const detailsOf = ({ id: _id, archivedAt: _archivedAt, ...details }: Existing) => details;

const odsCodeOf = (row: CsvRow) => (row.cells.odsCode ?? "").trim().toUpperCase();
const nameKey = (value: string) => normaliseWords(value);

/**
 * Works out, without writing anything, what importing each row would do. A row with an ODS code
 * updates the organisation with that code, or adds one. A row without one updates the one
 * organisation of that name that has no ODS code, or adds one if no organisation has that name;
 * any other match is an error, so that importing never makes a second organisation of a kind.
 */
export async function planOrganisationImport(
  db: DbTransaction,
  content: CsvContent,
): Promise<ImportPlan> {
  const [places, organisations] = await Promise.all([
    db.place.findMany({ select: { id: true, name: true } }),
    db.organisation.findMany({ select: detailSelect }),
  ]);
  const placesByName = new Map(places.map((place) => [normaliseWords(place.name), place]));
  const byCode = new Map<string, Existing>();
  const activeByName = new Map<string, Existing[]>();
  for (const organisation of organisations) {
    if (organisation.odsCode) byCode.set(organisation.odsCode, organisation);
    if (organisation.archivedAt) continue;
    const key = nameKey(organisation.name);
    activeByName.set(key, [...(activeByName.get(key) ?? []), organisation]);
  }

  // Rows that name the same organisation twice: which one is meant is the file's to say.
  const rowsByKey = new Map<string, number[]>();
  for (const row of content.rows) {
    const code = odsCodeOf(row);
    const key = code ? `code:${code}` : `name:${nameKey(row.cells.name ?? "")}`;
    if (key === "name:") continue;
    rowsByKey.set(key, [...(rowsByKey.get(key) ?? []), row.row]);
  }

  const rows = content.rows.map((row): RowPlan => {
    const label = { row: row.row, name: shown(row.cells.name), odsCode: shown(row.cells.odsCode) };
    const error = (field: CsvField, message: string): RowPlan => ({
      ...label,
      outcome: "error",
      errors: { [field]: [message] },
    });
    const code = odsCodeOf(row);
    const key = code ? `code:${code}` : `name:${nameKey(row.cells.name ?? "")}`;
    const twins = (rowsByKey.get(key) ?? []).filter((other) => other !== row.row);
    if (twins.length > 0) {
      const others = `row${twins.length > 1 ? "s" : ""} ${twins.join(", ")}`;
      return code
        ? error("odsCode", `ODS code ${shown(code)} is also on ${others}: keep one of them`)
        : error("name", `This organisation, with no ODS code, is also on ${others}: keep one`);
    }

    let current: Existing | null = null;
    if (code) {
      current = byCode.get(code) ?? null;
      if (current?.archivedAt) {
        return error(
          "odsCode",
          `ODS code ${code} belongs to ${current.name}, which is archived: restore it first`,
        );
      }
      const namesake = current
        ? undefined
        : activeByName.get(nameKey(row.cells.name ?? ""))?.find((other) => !other.odsCode);
      if (namesake) {
        return error(
          "odsCode",
          `${namesake.name} is in the directory with no ODS code: give it ODS code ${code} there first, so it is not added twice`,
        );
      }
    } else {
      const namesakes = activeByName.get(nameKey(row.cells.name ?? "")) ?? [];
      const withCode = namesakes.find((organisation) => organisation.odsCode);
      if (withCode) {
        return error(
          "odsCode",
          `${withCode.name} already has ODS code ${withCode.odsCode ?? ""}: add it to update that organisation`,
        );
      }
      if (namesakes.length > 1) {
        return error(
          "name",
          "More than one organisation has this name and no ODS code: add their ODS codes",
        );
      }
      current = namesakes[0] ?? null;
    }

    const checked = checkImportRow(row, {
      places: placesByName,
      current: current ? detailsOf(current) : null,
    });
    if (!checked.ok) return { ...label, outcome: "error", errors: checked.errors };
    if (!current) return { ...label, outcome: "create", details: checked.details };
    const before = detailsOf(current);
    const changes = changedFields(before, checked.details);
    if (changes.length === 0) return { ...label, outcome: "unchanged", organisationId: current.id };
    return {
      ...label,
      outcome: "update",
      organisationId: current.id,
      before,
      details: checked.details,
      changes,
    };
  });

  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify(
        rows.map((row) =>
          row.outcome === "create" || row.outcome === "update"
            ? [row.row, row.outcome, "organisationId" in row ? row.organisationId : "", row.details]
            : [row.row, row.outcome],
        ),
      ),
    )
    .digest("hex");
  return {
    rows,
    fields: content.fields,
    ignoredColumns: content.ignoredColumns,
    placeNames: new Map(places.map((place) => [place.id, place.name])),
    fingerprint,
  };
}
