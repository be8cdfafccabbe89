import "server-only";

import { AppError } from "@/lib/errors";

export const cannotInvite = () =>
  new AppError("FORBIDDEN", "You cannot invite people to this organisation.");

export const invitationNotFound = () =>
  new AppError("NOT_FOUND", "That invitation does not exist or is no longer pending.");

export const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });
