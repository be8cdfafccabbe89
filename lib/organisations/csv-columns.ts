import { engagementLevelLabels, engagementLevels } from "@/lib/engagement/labels";
import type { EngagementLevel, OrganisationType, SizeBand } from "@/lib/generated/prisma/enums";

import { organisationTypeLabels, organisationTypes, sizeBandLabels, sizeBands } from "./types";

// The columns of the directory's CSV files: what the export writes, and the other names the import
// accepts for them, such as the headings of an ODS (Organisation Data Service) export.

export const csvFields = [
  "odsCode",
  "name",
  "type",
  "place",
  "engagementCurrent",
  "address",
  "postcode",
  "website",
  "sizeBand",
] as const;
export type CsvField = (typeof csvFields)[number];

/** The heading the export and the template give each field. */
export const csvHeadings: Record<CsvField, string> = {
  odsCode: "ODS code",
  name: "Name",
  type: "Type",
  place: "Place",
  engagementCurrent: "Engagement",
  address: "Address",
  postcode: "Postcode",
  website: "Website",
  sizeBand: "Size",
};

/** Other headings accepted on import, compared case-insensitively, spaces and punctuation aside. */
const headingAliases: Record<CsvField, string[]> = {
  odsCode: [
    "code",
    "ods",
    "ods code",
    "organisation code",
    "organization code",
    "org code",
    "orgid",
    "org id",
  ],
  name: ["organisation name", "organization name", "org name", "organisation"],
  type: [
    "role",
    "organisation type",
    "organization type",
    "primary role",
    "primary role description",
    "primaryroledescription",
    "role description",
  ],
  place: ["locality", "place name"],
  engagementCurrent: ["engagement status", "engagement level", "current engagement"],
  address: [],
  postcode: ["post code", "postal code", "postcode"],
  website: ["web site", "web address", "url", "website address"],
  sizeBand: ["size band", "headcount", "headcount band", "staff", "number of staff"],
};

// Address lines are joined, in this order, into the one address we keep.
const ADDRESS_PARTS: [RegExp, number][] = [
  [/^address$/, 0],
  [/^address line ([1-5])$/, 0],
  [/^address ([1-5])$/, 0],
  [/^(?:post )?town$|^city$/, 6],
  [/^county$/, 7],
];

/** Lower case, "&" as "and", and runs of anything but letters and digits as one space. */
export function normaliseWords(value: string): string {
  return value
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export type ColumnMeaning =
  { field: Exclude<CsvField, "address"> } | { field: "address"; part: number } | null;

const headingLookup = new Map<string, Exclude<CsvField, "address">>();
for (const field of csvFields) {
  if (field === "address") continue;
  for (const heading of [csvHeadings[field], ...headingAliases[field]]) {
    headingLookup.set(normaliseWords(heading), field);
  }
}

/** What a column's heading means, or null for a column the import ignores. */
export function columnMeaning(heading: string): ColumnMeaning {
  const words = normaliseWords(heading);
  const field = headingLookup.get(words);
  if (field) return { field };
  for (const [pattern, order] of ADDRESS_PARTS) {
    const match = pattern.exec(words);
    if (match) return { field: "address", part: order + Number(match[1] ?? 0) };
  }
  return null;
}

// Types: our own labels and names, and the usual ways of writing them, including ODS role names.
const typeAliases: Record<string, OrganisationType> = {
  gp: "GP_PRACTICE",
  "general practice": "GP_PRACTICE",
  "gp surgery": "GP_PRACTICE",
  "gp practice": "GP_PRACTICE",
  pcn: "PRIMARY_CARE_NETWORK",
  icb: "INTEGRATED_CARE_BOARD",
  "nhs acute trust": "ACUTE_TRUST",
  acute: "ACUTE_TRUST",
  "nhs community trust": "COMMUNITY_TRUST",
  "nhs mental health trust": "MENTAL_HEALTH_TRUST",
  "nhs ambulance trust": "AMBULANCE_TRUST",
  "ambulance service": "AMBULANCE_TRUST",
  "local authority": "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE",
  "adult social care": "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE",
  council: "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE",
  "care home site": "CARE_HOME",
  "nursing home": "CARE_HOME",
  "residential home": "CARE_HOME",
  "care home with nursing": "CARE_HOME",
  "care home without nursing": "CARE_HOME",
  "home care": "HOME_CARE_PROVIDER",
  "home care agency": "HOME_CARE_PROVIDER",
  "domiciliary care": "HOME_CARE_PROVIDER",
  "domiciliary care agency": "HOME_CARE_PROVIDER",
  "community pharmacy": "PHARMACY",
  "pharmacy site": "PHARMACY",
  "hospice site": "HOSPICE",
  vcse: "VOLUNTARY_AND_COMMUNITY_SECTOR",
  vcs: "VOLUNTARY_AND_COMMUNITY_SECTOR",
  charity: "VOLUNTARY_AND_COMMUNITY_SECTOR",
  "voluntary sector": "VOLUNTARY_AND_COMMUNITY_SECTOR",
  "voluntary organisation": "VOLUNTARY_AND_COMMUNITY_SECTOR",
  "voluntary community and social enterprise": "VOLUNTARY_AND_COMMUNITY_SECTOR",
};
for (const type of organisationTypes) {
  typeAliases[normaliseWords(organisationTypeLabels[type])] = type;
  typeAliases[normaliseWords(type)] = type;
}

const TRUSTS: OrganisationType[] = [
  "ACUTE_TRUST",
  "COMMUNITY_TRUST",
  "MENTAL_HEALTH_TRUST",
  "AMBULANCE_TRUST",
];
// Names that fit more than one of our types: the file must say which.
const ambiguousTypes: Record<string, OrganisationType[]> = {
  trust: TRUSTS,
  "nhs trust": TRUSTS,
  "nhs trust site": TRUSTS,
  "nhs foundation trust": TRUSTS,
  "foundation trust": TRUSTS,
  "prescribing cost centre": ["GP_PRACTICE", "PHARMACY", "OTHER"],
  "social care provider": ["CARE_HOME", "HOME_CARE_PROVIDER", "LOCAL_AUTHORITY_ADULT_SOCIAL_CARE"],
  "social care site": ["CARE_HOME", "HOME_CARE_PROVIDER"],
  "independent sector healthcare provider": ["HOSPICE", "OTHER"],
};

const quoted = (value: string) => `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
const oneOf = (labels: string[]) =>
  labels.length === 1
    ? labels[0]!
    : `${labels.slice(0, -1).join(", ")} or ${labels[labels.length - 1]!}`;

export type Mapped<T> = { value: T } | { error: string };

/** The organisation type a cell names, or why it names none. */
export function mapOrganisationType(cell: string): Mapped<OrganisationType> {
  const words = normaliseWords(cell);
  if (!words) return { error: "Enter the type of organisation" };
  const type = typeAliases[words];
  if (type) return { value: type };
  const candidates = ambiguousTypes[words];
  if (candidates) {
    return {
      error: `${quoted(cell.trim())} could be more than one type: use ${oneOf(
        candidates.map((candidate) => organisationTypeLabels[candidate]),
      )}`,
    };
  }
  return {
    error: `${quoted(cell.trim())} is not a type of organisation we know: use one of ${oneOf(
      organisationTypes.map((candidate) => organisationTypeLabels[candidate]),
    )}`,
  };
}

// The old four stages are still understood, as the levels they became.
const engagementAliases: Record<string, EngagementLevel> = {
  "not yet engaged": "UNAWARE",
  "not engaged": "UNAWARE",
  engaged: "NEUTRAL",
  committed: "SUPPORTIVE",
  "sharing data": "LEADING",
  sharing: "LEADING",
};
for (const level of engagementLevels) {
  engagementAliases[normaliseWords(engagementLevelLabels[level])] = level;
}

/** The engagement level a cell names; blank means unaware. */
export function mapEngagementLevel(cell: string): Mapped<EngagementLevel> {
  const words = normaliseWords(cell);
  if (!words) return { value: "UNAWARE" };
  const level = engagementAliases[words];
  if (level) return { value: level };
  return {
    error: `${quoted(cell.trim())} is not an engagement level we know: use ${oneOf(
      engagementLevels.map((candidate) => engagementLevelLabels[candidate]),
    )}`,
  };
}

// Sizes are compared with commas dropped, dashes read as "to" and a closing "staff" left off.
const sizeWords = (value: string) =>
  normaliseWords(
    value
      .replace(/,/g, "")
      .replace(/\s*[-–]\s*/g, " to ")
      .replace(/\+/g, " or more"),
  ).replace(/ staff$/, "");

const sizeAliases: Record<string, SizeBand> = {
  "under 10": "UNDER_10",
  "less than 10": "UNDER_10",
  "1 to 9": "UNDER_10",
  "1000 or more": "FROM_1000",
  "over 1000": "FROM_1000",
};
for (const band of sizeBands) {
  sizeAliases[sizeWords(sizeBandLabels[band])] = band;
  sizeAliases[normaliseWords(band)] = band;
}

/** The headcount band a cell names; blank means not recorded. */
export function mapSizeBand(cell: string): Mapped<SizeBand | null> {
  if (!cell.trim()) return { value: null };
  const band = sizeAliases[sizeWords(cell)] ?? sizeAliases[normaliseWords(cell)];
  if (band) return { value: band };
  return {
    error: `${quoted(cell.trim())} is not a size we know: use ${oneOf(
      sizeBands.map((candidate) => sizeBandLabels[candidate]),
    )}`,
  };
}
