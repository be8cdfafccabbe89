import "server-only";

import { AppError } from "@/lib/errors";

// The refusals of the pathway functions, in the words people see.

export const pathwayNotFound = () => new AppError("NOT_FOUND", "That pathway does not exist.");
export const stepNotFound = () => new AppError("NOT_FOUND", "That step does not exist.");
export const flowNotFound = () =>
  new AppError("NOT_FOUND", "That information flow does not exist.");
export const cannotEditPathways = () =>
  new AppError("FORBIDDEN", "Only programme leads can change pathways.");

/** Someone else saved the same record since this person opened it. */
export const changedMeanwhile = (what: string) =>
  new AppError(
    "CONFLICT",
    `Someone else changed this ${what} since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.`,
  );
