import { z } from "zod";

import { optionalText, requiredText } from "@/lib/validation/text";

import { flagReasons, reviewDecisions } from "./labels";

const id = (message: string) => z.uuid({ message });

/** Flagging a post: a reason and, optionally, a note for the moderators. */
export const flagPostSchema = z.object({
  postId: id("Choose a post to flag"),
  reason: z.enum(flagReasons, { message: "Choose why you are flagging this post" }),
  note: optionalText(1000, "Keep the note to 1,000 characters or fewer"),
});
export type FlagPostInput = z.input<typeof flagPostSchema>;

/** A moderator's decision on a post in the review queue. */
export const reviewPostSchema = z.object({
  postId: id("Choose a post to review"),
  decision: z.enum(reviewDecisions, { message: "Choose approve, hide or delete" }),
});
export type ReviewPostInput = z.input<typeof reviewPostSchema>;

/** A moderator's message to a post's author. */
export const warnAuthorSchema = z.object({
  postId: id("Choose a post"),
  message: requiredText(
    1500,
    "Write the message to the author",
    "Keep the message to 1,500 characters or fewer",
  ),
});
export type WarnAuthorInput = z.input<typeof warnAuthorSchema>;

/** Naming a moderator: a person by email, for one category or everywhere (categoryId ""). */
export const grantModeratorSchema = z.object({
  email: requiredText(320, "Enter the person's email address", "Enter a shorter email address")
    .toLowerCase()
    .pipe(z.email({ message: "Enter an email address, like name@example.nhs.uk" })),
  categoryId: z
    .union([z.literal(""), z.uuid({ message: "Choose a category" })])
    .transform((value) => (value === "" ? null : value)),
});
export type GrantModeratorInput = z.input<typeof grantModeratorSchema>;

export const revokeModeratorSchema = z.object({
  moderatorId: id("Choose a moderator to remove"),
});
