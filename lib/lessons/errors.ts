import "server-only";

import { AppError } from "@/lib/errors";

// The refusals of the lesson functions, in the words people see.

export const lessonNotFound = () =>
  new AppError("NOT_FOUND", "That lesson does not exist, or you cannot see it.");
export const cannotEditLesson = () =>
  new AppError(
    "FORBIDDEN",
    "Only the lesson's author, the admins of its organisation and programme leads can change it.",
  );
export const lessonChangedMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Someone else changed this lesson since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.",
  );
export const lessonFieldRefusal = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });
