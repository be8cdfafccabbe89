import "server-only";

import { AppError } from "@/lib/errors";

// The refusals of the round functions, in the words people see.

export const roundNotFound = () =>
  new AppError("NOT_FOUND", "That assessment round does not exist.");
export const cannotManageRounds = () =>
  new AppError("FORBIDDEN", "Only programme leads open and change assessment rounds.");
export const staleRound = () =>
  new AppError(
    "CONFLICT",
    "Someone changed this round since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.",
  );

export const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });
