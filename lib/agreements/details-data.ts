import type { Agreement, Prisma } from "@/lib/generated/prisma/client";

import { caldicottPrinciples, type DpiaCriterion, dpiaCriteria } from "./labels";
import type { AgreementDetails, AgreementDetailsInput } from "./schemas";

// Between the details form's values and the agreement's columns, both ways.

const toDate = (day: string | null) => (day ? new Date(`${day}T00:00:00.000Z`) : null);
const toDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

export interface CaldicottAnswer {
  principle: number;
  met: boolean;
  note: string;
}

/** The stored Caldicott checklist, one answer per principle, whatever the JSON held. */
export function caldicottAnswers(value: unknown): CaldicottAnswer[] {
  const stored = Array.isArray(value) ? (value as unknown[]) : [];
  return caldicottPrinciples.map((_, index) => {
    const found = stored.find(
      (item): item is Partial<CaldicottAnswer> =>
        typeof item === "object" &&
        item !== null &&
        (item as { principle?: unknown }).principle === index + 1,
    );
    return {
      principle: index + 1,
      met: found?.met === true,
      note: typeof found?.note === "string" ? found.note : "",
    };
  });
}

/** The stored DPIA screening: the criteria that apply, in the list's order. */
export function dpiaScreeningCodes(value: unknown): DpiaCriterion[] {
  const stored = Array.isArray(value) ? (value as unknown[]) : [];
  return dpiaCriteria.filter((code) => stored.includes(code));
}

/** The columns of parsed details. */
export function detailsData(details: AgreementDetails) {
  return {
    ...details,
    startDate: toDate(details.startDate),
    reviewDate: toDate(details.reviewDate),
    endDate: toDate(details.endDate),
    dpiaDate: toDate(details.dpiaDate),
    dpiaScreening: details.dpiaScreening as Prisma.InputJsonArray,
    caldicott: details.caldicott.map((answer, index) => ({
      principle: index + 1,
      ...answer,
    })) as Prisma.InputJsonArray,
  } satisfies Prisma.AgreementUncheckedUpdateInput;
}

/** The details form's values for a stored agreement. */
export function detailsFormValues(agreement: Agreement): AgreementDetailsInput {
  return {
    reference: agreement.reference,
    title: agreement.title,
    type: agreement.type,
    purposes: agreement.purposes,
    necessity: agreement.necessity,
    benefits: agreement.benefits,
    use: agreement.use,
    dataSubjects: agreement.dataSubjects,
    specialCategoryData: agreement.specialCategoryData,
    criminalOffenceData: agreement.criminalOffenceData,
    childrenOrVulnerable: agreement.childrenOrVulnerable,
    identifiability: agreement.identifiability,
    coversByRule: agreement.coversByRule,
    confidentialityBasis: agreement.confidentialityBasis ?? "",
    statutoryPowers: agreement.statutoryPowers,
    retention: agreement.retention,
    security: agreement.security,
    dataQuality: agreement.dataQuality,
    subjectRights: agreement.subjectRights,
    breachProcedure: agreement.breachProcedure,
    dpiaNeeded: agreement.dpiaNeeded === null ? "unknown" : agreement.dpiaNeeded ? "yes" : "no",
    dpiaScreening: dpiaScreeningCodes(agreement.dpiaScreening),
    dpiaReference: agreement.dpiaReference ?? "",
    dpiaOutcome: agreement.dpiaOutcome ?? "",
    dpiaDate: toDay(agreement.dpiaDate),
    dpoAdvice: agreement.dpoAdvice,
    caldicott: caldicottAnswers(agreement.caldicott).map(({ met, note }) => ({ met, note })),
    startDate: toDay(agreement.startDate),
    reviewDate: toDay(agreement.reviewDate),
    endDate: toDay(agreement.endDate),
    terminationAndReturn: agreement.terminationAndReturn,
  };
}

/** A blank agreement's details, as the form would send them. */
export function blankDetails(
  reference: string,
  title: string,
  type: AgreementDetailsInput["type"],
): AgreementDetailsInput {
  return {
    reference,
    title,
    type,
    use: "DIRECT_CARE",
    identifiability: "IDENTIFIABLE",
    dpiaNeeded: "unknown",
    dpiaScreening: [],
    caldicott: caldicottPrinciples.map(() => ({ met: false, note: "" })),
  };
}
