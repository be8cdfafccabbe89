import "server-only";

import { AppError } from "@/lib/errors";

// The refusals of the framework functions, in the words people see.

export const frameworkNotFound = () => new AppError("NOT_FOUND", "That framework does not exist.");
export const dimensionNotFound = () => new AppError("NOT_FOUND", "That dimension does not exist.");
export const questionNotFound = () => new AppError("NOT_FOUND", "That question does not exist.");
export const cannotManageFrameworks = () =>
  new AppError("FORBIDDEN", "Only programme leads can change maturity frameworks.");

/** Someone changed the framework, or started a new version of it, since the form was opened. */
export const frameworkChangedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Someone else changed this framework since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.",
  );

export const frameworkArchived = () =>
  new AppError("CONFLICT", "This framework is archived. Restore it before changing it.");

export const nameTaken = () =>
  new AppError("VALIDATION", "Another framework has that name.", {
    name: ["Another framework has that name: choose a different one"],
  });

/** The question form named a dimension that is not in the version: a field error. */
export const unknownDimension = () =>
  new AppError("VALIDATION", "Select the dimension the question belongs to.", {
    dimensionId: ["Select the dimension the question belongs to"],
  });
