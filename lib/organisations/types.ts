import type { OrganisationType } from "@/lib/generated/prisma/enums";

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
