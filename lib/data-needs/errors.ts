import "server-only";

import { AppError } from "@/lib/errors";

// The refusals of the data need functions, in the words people see.

export const cannotEditNeeds = () =>
  new AppError("FORBIDDEN", "You cannot change this organisation's data needs.");
export const cannotReadNeeds = () =>
  new AppError("FORBIDDEN", "You cannot see this organisation's data needs.");
export const cannotSeeCoalition = () =>
  new AppError("FORBIDDEN", "Only programme leads see the coalition's data needs.");
export const needNotFound = () => new AppError("NOT_FOUND", "That data need does not exist.");
export const staleNeed = () =>
  new AppError(
    "CONFLICT",
    "Someone changed this data need since you opened it. Open it again to see their changes, then make yours.",
  );
