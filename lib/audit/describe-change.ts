import type { Prisma } from "@/lib/generated/prisma/client";

export interface ChangedField {
  field: string;
  /** Undefined when the field was not recorded on that side. */
  before?: string;
  after?: string;
}

type JsonObject = Record<string, Prisma.JsonValue>;

const isObject = (value: Prisma.JsonValue | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function show(value: Prisma.JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return "none";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/**
 * The fields an audit record's before and after differ in, for a compact view: unchanged fields
 * are left out. Values that are not objects are compared as a whole, under the field "value".
 */
export function describeChange(
  before: Prisma.JsonValue | null,
  after: Prisma.JsonValue | null,
): ChangedField[] {
  if (before === null && after === null) return [];
  if (!isObject(before ?? {}) || !isObject(after ?? {})) {
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    return [{ field: "value", before: show(before ?? undefined), after: show(after ?? undefined) }];
  }
  const from = (before ?? {}) as JsonObject;
  const to = (after ?? {}) as JsonObject;
  const fields = [...new Set([...Object.keys(from), ...Object.keys(to)])];
  return fields
    .filter((field) => JSON.stringify(from[field]) !== JSON.stringify(to[field]))
    .map((field) => ({ field, before: show(from[field]), after: show(to[field]) }));
}
