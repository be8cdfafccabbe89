import { z } from "zod";

import { membershipRoles } from "@/lib/users/types";
import { requiredText, searchText, singleLine, text } from "@/lib/validation/text";

import {
  categoryColours,
  MESSAGE_PARTICIPANTS_MAX,
  topicFilters,
  topicModerations,
  topicStarters,
} from "./labels";

// One module of rules for the forums, parsed by the forms and by the server alike.

export const POST_MAX = 20_000;
const TITLE_MAX = 150;

const tuple = <T extends string>(values: readonly T[]) => values as [T, ...T[]];

/** A post's Markdown: 1 to 20,000 characters through the shared text rule. */
export const postBodySchema = text("Write your post")
  .refine((value) => value.length <= POST_MAX, {
    message: `A post must be ${POST_MAX.toLocaleString("en-GB")} characters or fewer. Shorten it, or split it into two posts`,
    abort: true,
  })
  .transform((value) => value.trim())
  .pipe(z.string().min(1, "Write your post"));

export const topicTitleSchema = singleLine(
  TITLE_MAX,
  "Enter a title",
  `The title must be ${TITLE_MAX} characters or fewer`,
).pipe(z.string().min(5, "The title must be at least 5 characters: say what the topic is about"));

/** Tags typed as "discharge, care homes": lower case, at most 5, each up to 30 characters. */
export const tagsSchema = text()
  .default("")
  .transform((value) =>
    [
      ...new Set(
        value
          .split(",")
          .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, "-"))
          .filter(Boolean),
      ),
    ].slice(0, 5),
  )
  .pipe(
    z.array(
      z
        .string()
        .max(30, "Each tag must be 30 characters or fewer")
        .regex(/^[\p{L}\p{N}-]+$/u, "Tags are words, numbers and hyphens, separated by commas"),
    ),
  );

const id = (message: string) => z.uuid({ message });

export const topicSchema = z.object({
  categoryId: id("Choose a category"),
  title: topicTitleSchema,
  tags: tagsSchema,
  body: postBodySchema,
});
export type TopicInput = z.input<typeof topicSchema>;

export const replySchema = z.object({
  body: postBodySchema,
  /** The post being quoted or answered, in the same topic. */
  replyToPostId: z
    .union([z.literal(""), z.uuid(), z.null()])
    .optional()
    .transform((value) => value || null),
});
export type ReplyInput = z.input<typeof replySchema>;

/** Optimistic concurrency: the version the form was opened at. */
export const versionSchema = z.coerce.number().int().min(1);

export const editPostSchema = z.object({
  body: postBodySchema,
  /** Only for a topic's opening post: the title may change with it. */
  title: z
    .union([z.literal(""), topicTitleSchema])
    .optional()
    .transform((value) => value || null),
  version: versionSchema,
});
export type EditPostInput = z.input<typeof editPostSchema>;

export const likeSchema = z.object({ postId: z.uuid(), like: z.boolean() });
export const acceptSchema = z.object({
  topicId: z.uuid(),
  /** The reply accepted as the answer; null takes the acceptance back. */
  postId: z.uuid().nullable(),
});

export const moderateTopicSchema = z.object({
  topicId: z.uuid(),
  change: z.enum(tuple(topicModerations), { message: "Choose what to do with the topic" }),
});

export const moveTopicSchema = z.object({
  topicId: z.uuid(),
  categoryId: id("Choose the category to move the topic to"),
  version: versionSchema,
});
export type MoveTopicInput = z.input<typeof moveTopicSchema>;

export const splitTopicSchema = z.object({
  topicId: z.uuid(),
  title: topicTitleSchema,
  categoryId: id("Choose the category of the new topic"),
  postIds: z
    .array(z.uuid())
    .min(1, "Choose at least one reply to move into the new topic")
    .max(200, "Move at most 200 replies at once"),
});
export type SplitTopicInput = z.input<typeof splitTopicSchema>;

/** A person's handle as typed in a mention or in "To": "@priya.shah" or "priya.shah". */
export const HANDLE_PATTERN = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

export const privateMessageSchema = z.object({
  to: text("Enter who the message is for")
    .transform((value) => [
      ...new Set(
        value
          .split(/[\s,;]+/)
          .map((handle) => handle.replace(/^@/, "").toLowerCase())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().regex(HANDLE_PATTERN, "Write each person as their @handle"))
        .min(1, "Enter who the message is for")
        .max(
          MESSAGE_PARTICIPANTS_MAX - 1,
          `A private message is for at most ${MESSAGE_PARTICIPANTS_MAX - 1} other people`,
        ),
    ),
  title: topicTitleSchema,
  body: postBodySchema,
});
export type PrivateMessageInput = z.input<typeof privateMessageSchema>;

/** What a draft is of: a topic in a category, a reply to a topic, or a new private message. */
export const DRAFT_KEY_PATTERN =
  /^(?:topic:[0-9a-f-]{36}|reply:[0-9a-f-]{36}|edit:[0-9a-f-]{36}|message:new)$/;

export const draftSchema = z.object({
  key: z.string().regex(DRAFT_KEY_PATTERN, "That is not something one can draft"),
  title: text()
    .max(TITLE_MAX * 2)
    .nullish()
    .transform((value) => value ?? null),
  /** Up to the post limit; an empty body clears the draft. */
  body: text().max(
    POST_MAX,
    `A draft must be ${POST_MAX.toLocaleString("en-GB")} characters or fewer`,
  ),
});
export type DraftInput = z.input<typeof draftSchema>;

export const previewSchema = z.object({
  body: text().max(
    POST_MAX,
    `A post must be ${POST_MAX.toLocaleString("en-GB")} characters or fewer`,
  ),
});

const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, "Enter the address name: at least 2 characters")
  .max(40, "The address name must be 40 characters or fewer")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens");

export const categorySchema = z.object({
  name: singleLine(60, "Enter the category's name", "The name must be 60 characters or fewer"),
  slug: text().pipe(slugSchema),
  description: requiredText(
    500,
    "Describe what the category is for",
    "The description must be 500 characters or fewer",
  ),
  colour: z.enum(tuple(categoryColours.map((colour) => colour.value)), {
    message: "Choose a colour",
  }),
  whoMayStart: z.enum(tuple(topicStarters), { message: "Choose who may start topics" }),
  placeId: z
    .union([z.literal(""), z.uuid(), z.null()])
    .optional()
    .transform((value) => value || null),
  restricted: z.boolean().default(false),
  organisationIds: z.array(z.uuid()).max(200).default([]),
  membershipRoles: z.array(z.enum(tuple(membershipRoles))).default([]),
});
export type CategoryInput = z.input<typeof categorySchema>;

export const categoryOrderSchema = z.object({
  categoryId: z.uuid(),
  direction: z.enum(["up", "down"]),
});

/** The topic lists' address bar: filter and page; anything else shows the first page of all. */
export const topicListQuerySchema = z.object({
  filter: z.enum(tuple(topicFilters)).catch("all").default("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TopicListQuery = z.output<typeof topicListQuerySchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

export const newTopicQuerySchema = z.object({ category: searchText(40) });
