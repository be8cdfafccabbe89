import type { CsvField } from "./csv-columns";
import {
  mapEngagementLevel,
  mapOrganisationType,
  mapSizeBand,
  normaliseWords,
} from "./csv-columns";
import type { CsvRow } from "./csv-file";
import { type OrganisationDetails, organisationDetailsSchema } from "./schemas";

/** An organisation as it stands, for rows that update one. */
export type CurrentDetails = OrganisationDetails;

export interface RowCheckContext {
  /** Places by their name in normaliseWords form. */
  places: ReadonlyMap<string, { id: string; name: string }>;
  /** The organisation the row updates, or null for a new one. */
  current: CurrentDetails | null;
}

export type RowErrors = Partial<Record<CsvField, string[]>>;

export type RowCheck =
  { ok: true; details: OrganisationDetails } | { ok: false; errors: RowErrors };

// The schema names the place by id; the file, by name.
const schemaFieldToCsv = (field: PropertyKey | undefined): CsvField | undefined => {
  if (field === "placeId") return "place";
  return typeof field === "string" ? (field as CsvField) : undefined;
};

/**
 * Checks one row with the schema the organisation form uses. A column the file does not have
 * keeps an existing organisation's value, and takes the form's default for a new one (type and
 * place have none, so a new organisation needs both). Names of types, engagement, sizes and
 * places are turned into what the schema expects first; a name that fits nothing is the row's
 * error for that field.
 */
export function checkImportRow({ cells }: CsvRow, context: RowCheckContext): RowCheck {
  const { current } = context;
  const errors: RowErrors = {};
  const fail = (field: CsvField, message: string) => (errors[field] ??= []).push(message);

  let type: unknown = current?.type;
  if (cells.type !== undefined) {
    const mapped = mapOrganisationType(cells.type);
    if ("value" in mapped) type = mapped.value;
    else fail("type", mapped.error);
  } else if (!current) {
    fail("type", "Enter the type of organisation: the file has no Type column");
  }

  let placeId: unknown = current?.placeId;
  if (cells.place !== undefined) {
    const words = normaliseWords(cells.place);
    const place = words ? context.places.get(words) : undefined;
    if (place) placeId = place.id;
    else if (!words) fail("place", "Enter the place");
    else {
      const shown = cells.place.trim().slice(0, 60);
      fail("place", `There is no place called "${shown}": add it on the Places page first`);
    }
  } else if (!current) {
    fail("place", "Enter the place: the file has no Place column");
  }

  let engagementCurrent: unknown = current?.engagementCurrent ?? "UNAWARE";
  if (cells.engagementCurrent !== undefined) {
    const mapped = mapEngagementLevel(cells.engagementCurrent);
    if ("value" in mapped) engagementCurrent = mapped.value;
    else fail("engagementCurrent", mapped.error);
  }

  let sizeBand: unknown = current?.sizeBand ?? null;
  if (cells.sizeBand !== undefined) {
    const mapped = mapSizeBand(cells.sizeBand);
    if ("value" in mapped) sizeBand = mapped.value;
    else fail("sizeBand", mapped.error);
  }

  const text = (field: "name" | "odsCode" | "address" | "postcode" | "website") =>
    cells[field] ?? current?.[field] ?? "";

  const parsed = organisationDetailsSchema.safeParse({
    name: text("name"),
    odsCode: text("odsCode"),
    type,
    placeId,
    engagementCurrent,
    address: text("address"),
    postcode: text("postcode"),
    website: text("website"),
    sizeBand,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = schemaFieldToCsv(issue.path[0]);
      // A name that fits nothing has said what is wrong already.
      if (field && !errors[field]) fail(field, issue.message);
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, details: parsed.data };
}

/** The fields in which two sets of details differ. */
export function changedFields(
  before: OrganisationDetails,
  after: OrganisationDetails,
): (keyof OrganisationDetails)[] {
  return (Object.keys(after) as (keyof OrganisationDetails)[]).filter(
    (field) => before[field] !== after[field],
  );
}
