import { z } from "zod";

import { digestFrequencies, watchLevels } from "./labels";

/** How closely a person follows a category or a topic. */
export const watchLevelSchema = z.object({
  target: z.enum(["category", "topic"], { message: "Choose a category or a topic" }),
  id: z.uuid({ message: "Choose a category or a topic" }),
  level: z.enum(watchLevels, { message: "Choose how closely to follow it" }),
});
export type WatchLevelInput = z.input<typeof watchLevelSchema>;

/** The account page's choice: how often the forum digest comes by email. */
export const forumDigestPreferenceSchema = z.object({
  forumDigest: z.enum(digestFrequencies, { message: "Choose how often to get the forum digest" }),
});
export type ForumDigestPreferenceInput = z.input<typeof forumDigestPreferenceSchema>;
