import "server-only";

import { AppError } from "@/lib/errors";

// The refusals of the forum functions, in the words people see.

export const topicNotFound = () =>
  new AppError("NOT_FOUND", "That topic does not exist, or you cannot see it.");
export const postNotFound = () =>
  new AppError("NOT_FOUND", "That post does not exist, or you cannot see it.");
export const categoryNotFound = () =>
  new AppError("NOT_FOUND", "That category does not exist, or you cannot see it.");
export const cannotStartTopic = () =>
  new AppError(
    "FORBIDDEN",
    "Only programme leads start topics in this category. Reply to an announcement instead, or start a topic in another category.",
  );
export const topicClosed = () =>
  new AppError(
    "CONFLICT",
    "This topic is closed, so it takes no more replies. Start a new topic to carry on the conversation.",
  );
export const cannotModerate = () =>
  new AppError(
    "FORBIDDEN",
    "Only programme leads and the category's moderators can pin, close, move or split topics.",
  );
export const cannotManageCategories = () =>
  new AppError("FORBIDDEN", "Only programme leads set up forum categories.");
export const cannotEditPost = () => new AppError("FORBIDDEN", "You can only edit your own posts.");
export const cannotAccept = () =>
  new AppError(
    "FORBIDDEN",
    "Only the person who asked, or a programme lead, can mark a reply as the answer.",
  );
export const changedMeanwhile = (what: string) =>
  new AppError(
    "CONFLICT",
    `Someone else changed this ${what} since you opened it. Your change has not been saved: reload the page to see theirs, then make your change again.`,
  );
export const fieldRefusal = (field: string, message: string) =>
  new AppError("VALIDATION", "Check the highlighted fields.", { [field]: [message] });
