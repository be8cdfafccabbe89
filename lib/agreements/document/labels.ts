import type {
  AgreementType,
  Article6Basis,
  Article9Condition,
  ConfidentialityBasis,
  Identifiability,
  PartyControllerRole,
  PartyDirection,
  SharingUse,
} from "@/lib/generated/prisma/enums";

// The agreement's fixed lists in words, for the printable document and the public register.

export const agreementTypeWords: Record<AgreementType, string> = {
  DATA_SHARING_AGREEMENT: "Data sharing agreement",
  PROCESSING_AGREEMENT: "Processing agreement (UK GDPR Article 28)",
  JOINT_CONTROLLER_ARRANGEMENT: "Joint controller arrangement (UK GDPR Article 26)",
  INFORMATION_SHARING_PROTOCOL: "Overarching information sharing protocol",
  ONE_OFF_DISCLOSURE: "One-off disclosure",
};

export const controllerRoleWords: Record<PartyControllerRole, string> = {
  CONTROLLER: "Controller",
  JOINT_CONTROLLER: "Joint controller",
  PROCESSOR: "Processor",
};

export const directionWords: Record<PartyDirection, string> = {
  PROVIDES: "provides data",
  RECEIVES: "receives data",
  BOTH: "provides and receives data",
};

export const article6Words: Record<Article6Basis, string> = {
  A_CONSENT: "Article 6(1)(a): consent",
  B_CONTRACT: "Article 6(1)(b): contract",
  C_LEGAL_OBLIGATION: "Article 6(1)(c): legal obligation",
  D_VITAL_INTERESTS: "Article 6(1)(d): vital interests",
  E_PUBLIC_TASK: "Article 6(1)(e): public task",
  F_LEGITIMATE_INTERESTS: "Article 6(1)(f): legitimate interests",
};

export const article9Words: Record<Article9Condition, string> = {
  A_EXPLICIT_CONSENT: "Article 9(2)(a): explicit consent",
  B_EMPLOYMENT_SOCIAL_SECURITY: "Article 9(2)(b): employment and social security",
  C_VITAL_INTERESTS: "Article 9(2)(c): vital interests",
  D_NOT_FOR_PROFIT_BODY: "Article 9(2)(d): not-for-profit body",
  E_MADE_PUBLIC: "Article 9(2)(e): made public by the data subject",
  F_LEGAL_CLAIMS: "Article 9(2)(f): legal claims",
  G_SUBSTANTIAL_PUBLIC_INTEREST: "Article 9(2)(g): substantial public interest",
  H_HEALTH_OR_SOCIAL_CARE: "Article 9(2)(h): health or social care",
  I_PUBLIC_HEALTH: "Article 9(2)(i): public health",
  J_ARCHIVING_RESEARCH_STATISTICS: "Article 9(2)(j): archiving, research and statistics",
};

export const confidentialityWords: Record<ConfidentialityBasis, string> = {
  IMPLIED_CONSENT_DIRECT_CARE: "Implied consent for direct care",
  EXPLICIT_CONSENT: "Explicit consent",
  SECTION_251_SUPPORT: "Section 251 support",
  LEGAL_REQUIREMENT: "Legal requirement",
  OVERRIDING_PUBLIC_INTEREST: "Overriding public interest",
};

export const useWords: Record<SharingUse, string> = {
  DIRECT_CARE: "Direct care",
  SECONDARY_USE: "Secondary use",
  BOTH: "Direct care and secondary use",
};

export const identifiabilityWords: Record<Identifiability, string> = {
  IDENTIFIABLE: "Identifiable",
  PSEUDONYMISED: "Pseudonymised",
  ANONYMISED: "Anonymised",
};

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A date column (YYYY-MM-DD or a Date) as "6 December 2026", or "Not set". */
export function dayWords(value: string | Date | null | undefined): string {
  if (!value) return "Not set";
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return Number.isNaN(date.getTime()) ? "Not set" : longDate.format(date);
}
