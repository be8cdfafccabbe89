import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

import { escapeFormula, unescapeFormula } from "@/lib/csv/escape-formula";
import { AppError } from "@/lib/errors";
import { isStorableText } from "@/lib/validation/text";

import { columnMeaning, type CsvField, csvFields, csvHeadings } from "./csv-columns";

/** The largest file the import reads, and the most rows: enough for a county's directory. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5_000;

/** One row of a file, by field: a field is absent when the file has no column for it. */
export interface CsvRow {
  /** The row's number as a spreadsheet shows it: the headings are row 1. */
  row: number;
  cells: Partial<Record<CsvField, string>>;
}

export interface CsvContent {
  rows: CsvRow[];
  /** The fields the file has columns for. */
  fields: CsvField[];
  /** Headings the import does not use. */
  ignoredColumns: string[];
}

/** An error about the file as a whole, shown against the file field. */
export const fileError = (message: string) =>
  new AppError("VALIDATION", message, { file: [message] });

export const fileTooLarge = () =>
  fileError("The file must be 2 MB or smaller: split it into smaller files");

/** Reads bytes as UTF-8 text, refusing anything else, and anything with control characters. */
export function decodeCsvText(bytes: Uint8Array): string {
  if (bytes.byteLength === 0) throw fileError("Select a CSV file");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw fileTooLarge();
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw fileError("The file must be CSV saved as UTF-8 text (in Excel: CSV UTF-8)");
  }
  return requireStorableCsv(text);
}

/**
 * Refuses CSV text with control characters or lone surrogates (the one text rule): NUL and the
 * like never belong in a directory, and PostgreSQL cannot store NUL at all.
 */
export function requireStorableCsv(text: string): string {
  if (!isStorableText(text)) {
    throw fileError("The file must be CSV text: it has characters that are not text");
  }
  return text;
}

/**
 * Parses an organisation CSV: the first row names the columns (see csv-columns.ts), and every
 * further row that is not blank is an organisation. Throws an AppError about the file (field
 * "file") for a file the import cannot read as a whole.
 */
export function parseOrganisationCsv(text: string): CsvContent {
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) throw fileTooLarge();
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
    });
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    throw fileError(
      typeof line === "number"
        ? `The file is not valid CSV near line ${line}: check its quotation marks`
        : "The file is not valid CSV: check its quotation marks",
    );
  }
  const [headings, ...data] = records;
  if (!headings || headings.every((heading) => !heading.trim())) {
    throw fileError("The file is empty: its first row must name the columns, such as Name");
  }
  const columns: { index: number; field: CsvField; part: number }[] = [];
  const ignoredColumns: string[] = [];
  const seen = new Map<CsvField, string>();
  headings.forEach((heading, index) => {
    const meaning = columnMeaning(heading);
    if (!meaning) {
      if (heading.trim()) ignoredColumns.push(heading.trim().slice(0, 60));
      return;
    }
    const earlier = seen.get(meaning.field);
    if (earlier !== undefined && meaning.field !== "address") {
      throw fileError(
        `Two columns give the ${csvHeadings[meaning.field]}: "${earlier}" and "${heading.trim()}". Remove one`,
      );
    }
    seen.set(meaning.field, heading.trim());
    columns.push({ index, field: meaning.field, part: "part" in meaning ? meaning.part : 0 });
  });
  if (!seen.has("name")) {
    throw fileError(
      'The file has no Name column: its first row must name the columns, such as "ODS code,Name,Type,Place"',
    );
  }
  columns.sort((a, b) => a.part - b.part);
  const fields = csvFields.filter((field) => seen.has(field));

  const rows = data.flatMap((record, position): CsvRow[] => {
    if (record.every((cell) => !cell.trim())) return [];
    const cells: Partial<Record<CsvField, string>> = {};
    const addressParts: string[] = [];
    for (const column of columns) {
      const cell = unescapeFormula(record[column.index] ?? "");
      if (column.field === "address") {
        if (cell.trim()) addressParts.push(cell.trim());
      } else {
        cells[column.field] = cell;
      }
    }
    if (seen.has("address")) cells.address = addressParts.join(", ");
    return [{ row: position + 2, cells }];
  });
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileError(
      `The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en-GB")} rows: split it into smaller files`,
    );
  }
  return { rows, fields, ignoredColumns };
}

/** An organisation as the export writes it: the words people read, not the stored names. */
export type CsvRecord = Record<CsvField, string>;

/**
 * Writes organisations as CSV (RFC 4180, CRLF, with a byte order mark so that spreadsheets read
 * it as UTF-8), every cell escaped against formula injection.
 */
export function writeOrganisationCsv(records: CsvRecord[]): string {
  return stringify(
    records.map((record) => csvFields.map((field) => escapeFormula(record[field]))),
    {
      bom: true,
      header: true,
      columns: csvFields.map((field) => csvHeadings[field]),
      record_delimiter: "windows",
      // OWASP also advises quoting every cell, so none can run into the next.
      quoted: true,
    },
  );
}
