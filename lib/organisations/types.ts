import type { OrganisationType, SizeBand, SystemCategory } from "@/lib/generated/prisma/enums";

/**
 * The one source of organisation type names: each type's name in running text, for one and for
 * many ("a GP practice", "pharmacies"). Labels, headings and sentences all come from here.
 */
export const organisationTypeNames: Record<OrganisationType, { one: string; many: string }> = {
  ACUTE_TRUST: { one: "acute trust", many: "acute trusts" },
  COMMUNITY_TRUST: { one: "community trust", many: "community trusts" },
  MENTAL_HEALTH_TRUST: { one: "mental health trust", many: "mental health trusts" },
  AMBULANCE_TRUST: { one: "ambulance trust", many: "ambulance trusts" },
  GP_PRACTICE: { one: "GP practice", many: "GP practices" },
  PRIMARY_CARE_NETWORK: { one: "primary care network", many: "primary care networks" },
  INTEGRATED_CARE_BOARD: { one: "integrated care board", many: "integrated care boards" },
  LOCAL_AUTHORITY_ADULT_SOCIAL_CARE: {
    one: "local authority adult social care",
    many: "local authority adult social care services",
  },
  CARE_HOME: { one: "care home", many: "care homes" },
  HOME_CARE_PROVIDER: { one: "home care provider", many: "home care providers" },
  HOSPICE: { one: "hospice", many: "hospices" },
  PHARMACY: { one: "pharmacy", many: "pharmacies" },
  VOLUNTARY_AND_COMMUNITY_SECTOR: {
    one: "voluntary and community sector organisation",
    many: "voluntary and community sector organisations",
  },
  OTHER: { one: "other organisation", many: "other organisations" },
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A type's name in running text: "GP practice", or with `plural`, "GP practices". */
export function organisationTypeName(type: OrganisationType, { plural = false } = {}): string {
  const names = organisationTypeNames[type];
  return plural ? names.many : names.one;
}

/** Any organisation of a type, as a lane, a source of data or a choice: "Any GP practice". */
export const anyOrganisationOfType = (type: OrganisationType) =>
  `Any ${organisationTypeNames[type].one}`;

/**
 * Organisation types as a label on their own, in the order people expect them. "Local authority
 * adult social care" and "Voluntary and community sector" are the names the sectors go by.
 */
export const organisationTypeLabels: Record<OrganisationType, string> = {
  ...(Object.fromEntries(
    Object.entries(organisationTypeNames).map(([type, names]) => [type, capitalised(names.one)]),
  ) as Record<OrganisationType, string>),
  VOLUNTARY_AND_COMMUNITY_SECTOR: "Voluntary and community sector",
  OTHER: "Other",
};

/** Plural labels, for headings and columns: "GP practices", "Pharmacies". */
export const organisationTypePluralLabels = Object.fromEntries(
  Object.entries(organisationTypeNames).map(([type, names]) => [type, capitalised(names.many)]),
) as Record<OrganisationType, string>;

export const organisationTypes = Object.keys(organisationTypeLabels) as OrganisationType[];

export const sizeBandLabels: Record<SizeBand, string> = {
  UNDER_10: "Fewer than 10 staff",
  FROM_10_TO_49: "10 to 49 staff",
  FROM_50_TO_249: "50 to 249 staff",
  FROM_250_TO_999: "250 to 999 staff",
  FROM_1000: "1,000 staff or more",
};

export const systemCategoryLabels: Record<SystemCategory, string> = {
  EHR: "Electronic health record",
  GP_SYSTEM: "GP system",
  SOCIAL_CARE_CASE_MANAGEMENT: "Social care case management",
  SHARED_CARE_RECORD: "Shared care record",
  CARE_HOME_RECORD: "Digital social care record",
  PHARMACY_SYSTEM: "Pharmacy system",
  OTHER: "Other",
};

export const sizeBands = Object.keys(sizeBandLabels) as SizeBand[];
export const systemCategories = Object.keys(systemCategoryLabels) as SystemCategory[];
