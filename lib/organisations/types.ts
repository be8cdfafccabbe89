import type {
  EngagementStatus,
  OrganisationType,
  SizeBand,
  SystemCategory,
} from "@/lib/generated/prisma/enums";

/** Organisation types in the words the coalition uses, in the order people expect them. */
export const organisationTypeLabels: Record<OrganisationType, string> = {
  ACUTE_TRUST: "Acute trust",
  COMMUNITY_TRUST: "Community trust",
  MENTAL_HEALTH_TRUST: "Mental health trust",
  AMBULANCE_TRUST: "Ambulance trust",
  GP_PRACTICE: "GP practice",
  PRIMARY_CARE_NETWORK: "Primary care network",
  INTEGRATED_CARE_BOARD: "Integrated care board",
  LOCAL_AUTHORITY_ADULT_SOCIAL_CARE: "Local authority adult social care",
  CARE_HOME: "Care home",
  HOME_CARE_PROVIDER: "Home care provider",
  HOSPICE: "Hospice",
  PHARMACY: "Pharmacy",
  VOLUNTARY_AND_COMMUNITY_SECTOR: "Voluntary and community sector",
  OTHER: "Other",
};

export const organisationTypes = Object.keys(organisationTypeLabels) as OrganisationType[];

export const engagementStatusLabels: Record<EngagementStatus, string> = {
  NOT_YET_ENGAGED: "Not yet engaged",
  ENGAGED: "Engaged",
  COMMITTED: "Committed",
  SHARING: "Sharing data",
};

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

export const engagementStatuses = Object.keys(engagementStatusLabels) as EngagementStatus[];
export const sizeBands = Object.keys(sizeBandLabels) as SizeBand[];
export const systemCategories = Object.keys(systemCategoryLabels) as SystemCategory[];
