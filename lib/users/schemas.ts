import { z } from "zod";

import { searchText } from "@/lib/validation/text";

import type { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";

import { accountStatuses, membershipRoles, platformRoles } from "./types";

export const PEOPLE_PAGE_SIZE = 25;

/**
 * The people list's search, filters, sort and page, read from the address bar. Anything unknown
 * falls back to the default, so a hand-edited link still shows the list.
 */
export const peopleQuerySchema = z.object({
  q: searchText(),
  role: z
    .enum(platformRoles as [UserRole, ...UserRole[]])
    .optional()
    .catch(undefined),
  status: z
    .enum(accountStatuses as [(typeof accountStatuses)[number], ...typeof accountStatuses])
    .optional()
    .catch(undefined),
  order: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

/** A new platform role for someone, as the role form sends it. */
export const platformRoleSchema = z.object({
  role: z.enum(platformRoles as [UserRole, ...UserRole[]], { message: "Select a role" }),
});
export type PlatformRoleInput = z.input<typeof platformRoleSchema>;

/** A new role for someone's membership of an organisation. */
export const membershipRoleSchema = z.object({
  role: z.enum(membershipRoles as [MembershipRole, ...MembershipRole[]], {
    message: "Select a role",
  }),
});
export type MembershipRoleInput = z.input<typeof membershipRoleSchema>;
