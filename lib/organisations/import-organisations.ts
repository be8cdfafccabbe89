import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import { randomUUID } from "node:crypto";

import {
  type AuditContext,
  type AuditEntry,
  recordAuditEvent,
  recordAuditEvents,
} from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { engagementLevelLabels } from "@/lib/engagement/labels";
import type { Prisma } from "@/lib/generated/prisma/client";

import { type CsvField, csvFields, csvHeadings } from "./csv-columns";
import {
  decodeCsvText,
  requireStorableCsv,
  fileError,
  fileTooLarge,
  MAX_IMPORT_BYTES,
  parseOrganisationCsv,
} from "./csv-file";
import { type ImportPlan, planOrganisationImport } from "./plan-organisation-import";
import { organisationPolicy } from "./policy";
import type { OrganisationDetails } from "./schemas";
import { organisationTypeLabels, sizeBandLabels } from "./types";
import { throwOrganisationWriteError } from "./write-errors";

/** A row of the preview, as the import page shows it. */
export interface PreviewRow {
  row: number;
  name: string;
  odsCode: string;
  outcome: "create" | "update" | "unchanged" | "error";
  /** The columns an update changes, by heading, with the value before and after, as in the file. */
  changes?: { column: string; before: string; after: string }[];
  /** What is wrong, by column heading. */
  errors?: { column: string; message: string }[];
}

export interface ImportPreview {
  rows: PreviewRow[];
  counts: Record<PreviewRow["outcome"], number>;
  /** The columns the file gives, by heading, and those the import ignores. */
  columns: string[];
  ignoredColumns: string[];
  /** The file's text and the plan's digest, which the import step sends back to be checked again. */
  csv: string;
  fingerprint: string;
}

export interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

const detailToColumn: Record<keyof OrganisationDetails, CsvField> = {
  name: "name",
  odsCode: "odsCode",
  type: "type",
  placeId: "place",
  engagementCurrent: "engagementCurrent",
  address: "address",
  postcode: "postcode",
  website: "website",
  sizeBand: "sizeBand",
};

function refuseUnlessLead(actor: Actor) {
  if (!organisationPolicy.canImport(actor)) {
    throw new AppError("FORBIDDEN", "Only programme leads can import organisations.");
  }
}

/** A field's value in the words of the file: labels, not codes, and a place by its name. */
function shownValue(
  details: OrganisationDetails,
  field: keyof OrganisationDetails,
  placeNames: Map<string, string>,
): string {
  switch (field) {
    case "type":
      return organisationTypeLabels[details.type];
    case "placeId":
      return placeNames.get(details.placeId) ?? "";
    case "engagementCurrent":
      return engagementLevelLabels[details.engagementCurrent];
    case "sizeBand":
      return details.sizeBand ? sizeBandLabels[details.sizeBand] : "";
    default:
      return details[field] ?? "";
  }
}

function toPreview(plan: ImportPlan, csv: string): ImportPreview {
  const counts = { create: 0, update: 0, unchanged: 0, error: 0 };
  const rows = plan.rows.map((row): PreviewRow => {
    counts[row.outcome] += 1;
    const base = { row: row.row, name: row.name, odsCode: row.odsCode, outcome: row.outcome };
    if (row.outcome === "update") {
      return {
        ...base,
        changes: row.changes.map((field) => ({
          column: csvHeadings[detailToColumn[field]],
          before: shownValue(row.before, field, plan.placeNames),
          after: shownValue(row.details, field, plan.placeNames),
        })),
      };
    }
    if (row.outcome === "error") {
      // In the file's usual column order.
      const errors = csvFields.flatMap((field) =>
        (row.errors[field] ?? []).map((message) => ({ column: csvHeadings[field], message })),
      );
      return {
        ...base,
        errors: errors.length > 0 ? errors : [{ column: "Row", message: "Check this row" }],
      };
    }
    return base;
  });
  return {
    rows,
    counts,
    columns: plan.fields.map((field) => csvHeadings[field]),
    ignoredColumns: plan.ignoredColumns,
    csv,
    fingerprint: plan.fingerprint,
  };
}

async function readPlan(db: DbTransaction, csv: string) {
  return planOrganisationImport(db, parseOrganisationCsv(csv));
}

/**
 * Reads an uploaded file and shows what importing it would do, row by row. Writes nothing.
 * Programme leads only.
 */
export async function previewOrganisationImport(
  actor: Actor,
  file: Blob | null,
): Promise<ImportPreview> {
  refuseUnlessLead(actor);
  if (!file || file.size === 0) throw fileError("Select a CSV file");
  // Checked before reading, so a huge upload is never held whole.
  if (file.size > MAX_IMPORT_BYTES) throw fileTooLarge();
  const csv = decodeCsvText(new Uint8Array(await file.arrayBuffer()));
  const prisma = await getPrisma();
  return toPreview(await readPlan(prisma, csv), csv);
}

const asJson = (details: OrganisationDetails) =>
  JSON.parse(JSON.stringify(details)) as Prisma.InputJsonObject;

/**
 * Imports the rows of a previewed file that are valid, in one transaction: every new and changed
 * organisation with its audit record, and one record of the import as a whole, or nothing at
 * all. The file is read and checked again here; nothing the browser says about its rows is
 * trusted. If what the import would do differs from the preview (`fingerprint`), because the
 * directory changed in between, nothing is written and the new preview is returned instead.
 */
export async function applyOrganisationImport(
  actor: Actor,
  input: { csv: string; fingerprint: string },
  context: AuditContext = {},
): Promise<{ imported: ImportResult } | { changed: ImportPreview }> {
  refuseUnlessLead(actor);
  const csv = decodeCsvText(new TextEncoder().encode(requireStorableCsv(input.csv)));
  const prisma = await getPrisma();
  const who = { actorId: actor.userId, actorEmail: actor.email, ...context };
  try {
    return await prisma.$transaction(
      async (tx) => {
        const plan = await readPlan(tx, csv);
        if (plan.fingerprint !== input.fingerprint) return { changed: toPreview(plan, csv) };

        const result: ImportResult = { created: 0, updated: 0, unchanged: 0, skipped: 0 };
        const created: { id: string; details: OrganisationDetails }[] = [];
        const events: (AuditEntry & { actingOrganisationId: string })[] = [];
        const engagementChanges: Omit<Prisma.EngagementChangeCreateManyInput, "reason">[] = [];
        for (const row of plan.rows) {
          if (row.outcome === "create") {
            created.push({ id: randomUUID(), details: row.details });
          } else if (row.outcome === "update") {
            await tx.organisation.update({ where: { id: row.organisationId }, data: row.details });
            if (row.changes.includes("engagementCurrent")) {
              engagementChanges.push({
                organisationId: row.organisationId,
                fromCurrent: row.before.engagementCurrent,
                toCurrent: row.details.engagementCurrent,
              });
            }
            events.push({
              action: "organisation.updated",
              entityType: "Organisation",
              entityId: row.organisationId,
              actingOrganisationId: row.organisationId,
              before: asJson(row.before),
              after: asJson(row.details),
            });
            result.updated += 1;
          } else if (row.outcome === "unchanged") {
            result.unchanged += 1;
          } else {
            result.skipped += 1;
          }
        }
        if (created.length > 0) {
          await tx.organisation.createMany({
            data: created.map(({ id, details }) => ({ id, ...details })),
          });
        }
        for (const { id, details } of created) {
          if (details.engagementCurrent !== "UNAWARE") {
            engagementChanges.push({ organisationId: id, toCurrent: details.engagementCurrent });
          }
          events.push({
            action: "organisation.created",
            entityType: "Organisation",
            entityId: id,
            actingOrganisationId: id,
            after: asJson(details),
          });
        }
        // The engagement history says where a level set by a file came from.
        if (engagementChanges.length > 0) {
          await tx.engagementChange.createMany({
            data: engagementChanges.map((change) => ({
              ...change,
              reason: "Imported from a CSV file",
              changedById: actor.userId,
            })),
          });
        }
        result.created = created.length;
        await recordAuditEvents(tx, who, events);
        await recordAuditEvent(tx, who, {
          action: "organisation.imported",
          after: { ...result, rows: plan.rows.length },
        });
        return { imported: result };
      },
      // A file of thousands of rows takes longer than a form's change.
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    // Someone else added one of the file's ODS codes or removed one of its places meanwhile.
    if (isUniqueViolation(error)) {
      throw new AppError(
        "CONFLICT",
        "The directory changed while importing, and nothing was imported. Check the file again.",
      );
    }
    throwOrganisationWriteError(error);
  }
}
