import type { UserRole } from "@/lib/generated/prisma/enums";

export interface NavigationItem {
  href: string;
  label: string;
  /** Shown only to people who are signed in. */
  signedInOnly?: boolean;
  /** Shown only to signed-in people with one of these platform roles. */
  roles?: UserRole[];
}

const LEADS: UserRole[] = ["PROGRAMME_LEAD", "PLATFORM_ADMIN"];

// Only areas that exist are listed; each issue that adds an area adds its entry here.
const primaryNavigation: NavigationItem[] = [
  { href: "/", label: "Home" },
  { href: "/dashboard", label: "Dashboard", signedInOnly: true },
  { href: "/organisations", label: "Organisations", signedInOnly: true },
  { href: "/pathways", label: "Pathways", signedInOnly: true },
  { href: "/agreements", label: "Agreements", signedInOnly: true },
  { href: "/data-needs", label: "Data needs", roles: LEADS },
  { href: "/maturity", label: "Digital maturity", signedInOnly: true },
  { href: "/forums", label: "Forums", signedInOnly: true },
  { href: "/lessons", label: "Lessons", signedInOnly: true },
  // The programme's relationship work: leads' day-to-day lists, and the charter for everyone.
  { href: "/interactions", label: "Interactions", roles: LEADS },
  { href: "/commitments", label: "Commitments", roles: LEADS },
  { href: "/charter", label: "Charter", signedInOnly: true },
  { href: "/people", label: "People", roles: LEADS },
  { href: "/audit", label: "Audit", roles: LEADS },
  { href: "/admin/outbox", label: "Outbox", roles: ["PLATFORM_ADMIN"] },
  { href: "/admin/jobs", label: "Jobs", roles: LEADS },
  { href: "/about", label: "About" },
];

/** The entries for a visitor: the signed-in person (their role), or null for the anonymous. */
export function navigationFor(actor: { role: UserRole } | null): NavigationItem[] {
  return primaryNavigation.filter(
    (item) =>
      (actor !== null || !item.signedInOnly) &&
      (!item.roles || (actor !== null && item.roles.includes(actor.role))),
  );
}
