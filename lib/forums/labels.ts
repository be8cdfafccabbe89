import type { MembershipRole, TopicStarters } from "@/lib/generated/prisma/enums";

// The forums' words and fixed choices, in one place: pages, forms, the seed and tests use these.

/** Category colours: the NHS.UK palette's strong colours, each with white text at AA contrast. */
export const categoryColours = [
  { value: "#005eb8", label: "NHS blue", swatch: "bg-[#005eb8]" },
  { value: "#003087", label: "Dark blue", swatch: "bg-[#003087]" },
  { value: "#007f3b", label: "Green", swatch: "bg-[#007f3b]" },
  { value: "#330072", label: "Purple", swatch: "bg-[#330072]" },
  { value: "#4c6272", label: "Grey", swatch: "bg-[#4c6272]" },
  { value: "#d5281b", label: "Red", swatch: "bg-[#d5281b]" },
  { value: "#7c2855", label: "Dark pink", swatch: "bg-[#7c2855]" },
  { value: "#00401e", label: "Dark green", swatch: "bg-[#00401e]" },
] as const;
export type CategoryColour = (typeof categoryColours)[number]["value"];

/** The class that paints a category's colour (no inline styles: the CSP allows none). */
export const swatchOf = (colour: string) =>
  categoryColours.find((entry) => entry.value === colour)?.swatch ?? "bg-nhs-blue";

export const topicStarters: readonly TopicStarters[] = ["EVERYONE", "LEADS_ONLY"];
export const topicStarterLabels: Record<TopicStarters, string> = {
  EVERYONE: "Everyone who reads the category",
  LEADS_ONLY: "Programme leads only (announcements)",
};

export const membershipRoleLabels: Record<MembershipRole, string> = {
  ORG_ADMIN: "Organisation admins",
  MEMBER: "Members",
  IG_LEAD: "Information governance leads",
};

/** The topic lists' filters. */
export const topicFilters = ["all", "unanswered", "solved"] as const;
export type TopicFilter = (typeof topicFilters)[number];
export const topicFilterLabels: Record<TopicFilter, string> = {
  all: "All topics",
  unanswered: "Unanswered (no accepted answer)",
  solved: "Solved",
};

/** Topic actions for leads and moderators. */
export const topicModerations = ["pin", "unpin", "close", "reopen"] as const;
export type TopicModeration = (typeof topicModerations)[number];
export const topicModerationLabels: Record<TopicModeration, string> = {
  pin: "Pin to the top of the category",
  unpin: "Unpin",
  close: "Close to new replies",
  reopen: "Reopen for replies",
};

export const TOPICS_PER_PAGE = 20;
export const POSTS_PER_PAGE = 20;
export const MESSAGE_PARTICIPANTS_MAX = 10;

/** A new category's form, before anything is typed. */
export const manageFormDefaults = {
  name: "",
  slug: "",
  description: "",
  colour: "#005eb8" as CategoryColour,
  whoMayStart: "EVERYONE" as TopicStarters,
  placeId: "",
  restricted: false,
  organisationIds: [] as string[],
  membershipRoles: [] as MembershipRole[],
} satisfies Record<string, unknown>;
