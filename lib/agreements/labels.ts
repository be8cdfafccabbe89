import type {
  AgreementStatus,
  AgreementType,
  Article6Basis,
  Article9Condition,
  ConfidentialityBasis,
  DpiaOutcome,
  Identifiability,
  PartyControllerRole,
  PartyDirection,
  SharingUse,
  SignatureDecision,
} from "@/lib/generated/prisma/enums";

// The vocabulary of data sharing agreements in the words people use, in the order they expect:
// one fixed list per choice, shared by forms, the register, the record and its exports.

const keysOf = <T extends string>(labels: Record<T, string>) => Object.keys(labels) as T[];

export const agreementTypeLabels: Record<AgreementType, string> = {
  DATA_SHARING_AGREEMENT: "Data sharing agreement",
  PROCESSING_AGREEMENT: "Processing agreement (UK GDPR Article 28)",
  JOINT_CONTROLLER_ARRANGEMENT: "Joint controller arrangement (UK GDPR Article 26)",
  INFORMATION_SHARING_PROTOCOL: "Overarching information sharing protocol",
  ONE_OFF_DISCLOSURE: "One-off disclosure",
};
export const agreementTypes = keysOf(agreementTypeLabels);

export const agreementStatusLabels: Record<AgreementStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  AWAITING_SIGNATURES: "Awaiting signatures",
  ACTIVE: "Active",
  REVIEW_DUE: "Review due",
  EXPIRED: "Expired",
  TERMINATED: "Terminated",
  SUPERSEDED: "Superseded",
};
export const agreementStatuses = keysOf(agreementStatusLabels);

export const sharingUseLabels: Record<SharingUse, string> = {
  DIRECT_CARE: "Direct care",
  SECONDARY_USE: "Secondary use (planning, research, commissioning)",
  BOTH: "Both direct care and secondary use",
};
export const sharingUses = keysOf(sharingUseLabels);

export const identifiabilityLabels: Record<Identifiability, string> = {
  IDENTIFIABLE: "Identifiable",
  PSEUDONYMISED: "Pseudonymised",
  ANONYMISED: "Anonymised",
};
export const identifiabilityValues = keysOf(identifiabilityLabels);

export const confidentialityBasisLabels: Record<ConfidentialityBasis, string> = {
  IMPLIED_CONSENT_DIRECT_CARE: "Implied consent for direct care",
  EXPLICIT_CONSENT: "Explicit consent",
  SECTION_251_SUPPORT: "Section 251 support",
  LEGAL_REQUIREMENT: "Legal requirement",
  OVERRIDING_PUBLIC_INTEREST: "Overriding public interest",
};
export const confidentialityBases = keysOf(confidentialityBasisLabels);

export const dpiaOutcomeLabels: Record<DpiaOutcome, string> = {
  NOT_NEEDED: "Not needed",
  PLANNED: "Planned",
  IN_PROGRESS: "In progress",
  APPROVED: "Approved",
  APPROVED_WITH_CONDITIONS: "Approved with conditions",
  REJECTED: "Rejected",
};
export const dpiaOutcomes = keysOf(dpiaOutcomeLabels);

export const controllerRoleLabels: Record<PartyControllerRole, string> = {
  CONTROLLER: "Controller",
  JOINT_CONTROLLER: "Joint controller",
  PROCESSOR: "Processor",
};
export const controllerRoles = keysOf(controllerRoleLabels);

export const directionLabels: Record<PartyDirection, string> = {
  PROVIDES: "Provides data",
  RECEIVES: "Receives data",
  BOTH: "Provides and receives data",
};
export const directions = keysOf(directionLabels);

export const article6Labels: Record<Article6Basis, string> = {
  A_CONSENT: "6(1)(a) Consent",
  B_CONTRACT: "6(1)(b) Contract",
  C_LEGAL_OBLIGATION: "6(1)(c) Legal obligation",
  D_VITAL_INTERESTS: "6(1)(d) Vital interests",
  E_PUBLIC_TASK: "6(1)(e) Public task",
  F_LEGITIMATE_INTERESTS: "6(1)(f) Legitimate interests",
};
export const article6Bases = keysOf(article6Labels);

export const article9Labels: Record<Article9Condition, string> = {
  A_EXPLICIT_CONSENT: "9(2)(a) Explicit consent",
  B_EMPLOYMENT_SOCIAL_SECURITY: "9(2)(b) Employment, social security and social protection",
  C_VITAL_INTERESTS: "9(2)(c) Vital interests",
  D_NOT_FOR_PROFIT_BODY: "9(2)(d) Not-for-profit body",
  E_MADE_PUBLIC: "9(2)(e) Made public by the data subject",
  F_LEGAL_CLAIMS: "9(2)(f) Legal claims or judicial acts",
  G_SUBSTANTIAL_PUBLIC_INTEREST: "9(2)(g) Reasons of substantial public interest",
  H_HEALTH_OR_SOCIAL_CARE: "9(2)(h) Health or social care",
  I_PUBLIC_HEALTH: "9(2)(i) Public health",
  J_ARCHIVING_RESEARCH_STATISTICS: "9(2)(j) Archiving, research and statistics",
};
export const article9Conditions = keysOf(article9Labels);

/** Article 9(2)(g) to (j) need a condition of the Data Protection Act 2018, Schedule 1, too. */
export const needsSchedule1: readonly Article9Condition[] = [
  "G_SUBSTANTIAL_PUBLIC_INTEREST",
  "H_HEALTH_OR_SOCIAL_CARE",
  "I_PUBLIC_HEALTH",
  "J_ARCHIVING_RESEARCH_STATISTICS",
];

export const signatureDecisionLabels: Record<SignatureDecision, string> = {
  SIGNED: "Signed",
  DECLINED: "Declined",
};

/** The ICO's list of processing that always needs a data protection impact assessment. */
export const dpiaScreeningLabels = {
  INNOVATIVE_TECHNOLOGY: "Innovative technology",
  DENIAL_OF_SERVICE: "Decisions about access to a service, product or opportunity",
  LARGE_SCALE_PROFILING: "Large-scale profiling",
  BIOMETRICS: "Biometric data",
  GENETIC_DATA: "Genetic data",
  DATA_MATCHING: "Data matching from several sources",
  INVISIBLE_PROCESSING: "Invisible processing (data not obtained from the person)",
  TRACKING: "Tracking location or behaviour",
  TARGETING_CHILDREN_OR_VULNERABLE: "Targeting children or other vulnerable people",
  RISK_OF_PHYSICAL_HARM: "Risk of physical harm if the data leaked",
} as const;
export type DpiaCriterion = keyof typeof dpiaScreeningLabels;
export const dpiaCriteria = Object.keys(dpiaScreeningLabels) as DpiaCriterion[];

/** The eight Caldicott principles (National Data Guardian, 2020), numbered 1 to 8. */
export const caldicottPrinciples = [
  "Justify the purpose for using confidential information",
  "Use confidential information only when it is necessary",
  "Use the minimum necessary confidential information",
  "Access to confidential information should be on a strict need-to-know basis",
  "Everyone with access to confidential information should be aware of their responsibilities",
  "Comply with the law",
  "The duty to share information for individual care is as important as the duty to protect patient confidentiality",
  "Inform patients and service users about how their confidential information is used",
] as const;

/** Yes, no, or not recorded, for a nullable yes/no. */
export const yesNo = (value: boolean | null | undefined) =>
  value === true ? "Yes" : value === false ? "No" : "Not recorded";
