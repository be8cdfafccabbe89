import { z } from "zod";

import { engagementStatuses, organisationTypes } from "./types";

export const DIRECTORY_PAGE_SIZE = 25;

export const directorySorts = ["name", "type", "place", "engagement"] as const;
export type DirectorySort = (typeof directorySorts)[number];

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

/**
 * The directory's search, filters, sort and page, read from the address bar. Anything unknown
 * falls back to the default rather than failing: a hand-edited link still shows the directory.
 */
export const directoryQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  type: optionalEnum(organisationTypes as [string, ...string[]]),
  place: z.uuid().optional().catch(undefined),
  engagement: optionalEnum(engagementStatuses as [string, ...string[]]),
  sort: z.enum(directorySorts).default("name").catch("name"),
  order: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;
