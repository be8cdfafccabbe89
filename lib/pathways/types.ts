import type {
  DataCategorySource,
  FlowMechanism,
  FlowState,
  NeedImportance,
  NeedMet,
  PathwayStatus,
  Timeliness,
} from "@/lib/generated/prisma/enums";

// The vocabulary of pathways, flows and data needs in the words people use, in the order they
// expect. Shared by forms, tables, exports and the readiness summary.

export const pathwayStatusLabels: Record<PathwayStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

/** The timeliness scale, from fastest to slowest, shared by flows and data needs. */
export const timelinessLabels: Record<Timeliness, string> = {
  REAL_TIME: "Real time",
  WITHIN_AN_HOUR: "Within an hour",
  SAME_DAY: "Same day",
  WITHIN_72_HOURS: "Within 72 hours",
  SCHEDULED_BATCH: "Scheduled batch",
  ON_REQUEST: "On request",
};
export const timelinessValues = Object.keys(timelinessLabels) as Timeliness[];

export const mechanismLabels: Record<FlowMechanism, string> = {
  SHARED_CARE_RECORD_VIEW: "Shared care record view",
  API: "API (such as FHIR)",
  MESSAGE: "Message (such as HL7 v2 or MESH)",
  SECURE_EMAIL: "Secure email",
  PHONE: "Phone",
  PAPER_OR_POST: "Paper or post",
  PORTAL_ACCESS: "Portal access",
  OTHER: "Other",
};
export const mechanisms = Object.keys(mechanismLabels) as FlowMechanism[];

/** Mechanisms that carry data from system to system, or show it in one. */
export const digitalMechanisms: ReadonlySet<FlowMechanism> = new Set<FlowMechanism>([
  "SHARED_CARE_RECORD_VIEW",
  "API",
  "MESSAGE",
  "SECURE_EMAIL",
  "PORTAL_ACCESS",
]);

export const flowStateLabels: Record<FlowState, string> = {
  FULLY_DIGITAL: "Fully digital",
  PARTLY_DIGITAL: "Partly digital",
  MANUAL: "Manual",
  NOT_HAPPENING: "Not happening",
};
export const flowStates = Object.keys(flowStateLabels) as FlowState[];

export const dataCategorySourceLabels: Record<DataCategorySource, string> = {
  PRSB_CORE: "PRSB Core Information Standard",
  SOCIAL_CARE: "Social care",
  COALITION: "Added by the coalition",
};

export const importanceLabels: Record<NeedImportance, string> = {
  ESSENTIAL: "Essential",
  IMPORTANT: "Important",
  NICE_TO_HAVE: "Nice to have",
};
export const importanceValues = Object.keys(importanceLabels) as NeedImportance[];

export const needMetLabels: Record<NeedMet, string> = {
  FULLY: "Fully met",
  PARTLY: "Partly met",
  NOT_AT_ALL: "Not met at all",
};
export const needMetValues = Object.keys(needMetLabels) as NeedMet[];

/** Yes, no, or nobody knows yet: how the form and tables show the flow's two capability facts. */
export const knownLabel = (value: boolean | null) =>
  value === null ? "Not known" : value ? "Yes" : "No";
