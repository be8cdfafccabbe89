import "server-only";

import { AppError } from "@/lib/errors";

// The refusals of the agreement functions, in the words people see.

export const agreementNotFound = () =>
  new AppError("NOT_FOUND", "That agreement does not exist, or you cannot see it.");
export const cannotCreateAgreements = () =>
  new AppError(
    "FORBIDDEN",
    "Only information governance leads, organisation admins and programme leads can start agreements.",
  );
export const cannotEditAgreement = () =>
  new AppError(
    "FORBIDDEN",
    "Only the parties' information governance leads and admins, or a programme lead, can change this agreement.",
  );
export const notEditableNow = () =>
  new AppError(
    "CONFLICT",
    "This agreement is in force or closed, so it cannot be changed. To vary it, return it to draft first.",
  );
export const changedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Someone else changed this agreement since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.",
  );
export const fieldRefusal = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });
export const transitionRefused = (reasons: readonly string[], forbidden = false) =>
  new AppError(forbidden ? "FORBIDDEN" : "CONFLICT", reasons.join(" "));
export const staleVersion = () =>
  new AppError(
    "CONFLICT",
    "The version you were shown is no longer the one to sign: it was changed or voided. Open the agreement again to read the current version.",
  );
export const notTheSignatory = () =>
  new AppError(
    "FORBIDDEN",
    "Only the named signatory of a party that has not signed this version can sign or decline for it.",
  );
