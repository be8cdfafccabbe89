import type { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";

/** Platform roles in the words people use, from the least to the most rights. */
export const platformRoleLabels: Record<UserRole, string> = {
  USER: "User",
  PROGRAMME_LEAD: "Programme lead",
  PLATFORM_ADMIN: "Platform admin",
};

export const platformRoles = Object.keys(platformRoleLabels) as UserRole[];

export const membershipRoleLabels: Record<MembershipRole, string> = {
  ORG_ADMIN: "Organisation admin",
  MEMBER: "Member",
  IG_LEAD: "Information governance lead",
};

export const membershipRoles = Object.keys(membershipRoleLabels) as MembershipRole[];

/**
 * Where an account stands: active; disabled by an admin or lead; or invited, with no password
 * and no single sign-on identity yet, so it cannot sign in.
 */
export type AccountStatus = "active" | "disabled" | "invited";

export const accountStatusLabels: Record<AccountStatus, string> = {
  active: "Active",
  disabled: "Disabled",
  invited: "Invited, not yet joined",
};

export const accountStatuses = Object.keys(accountStatusLabels) as AccountStatus[];

export function accountStatusOf(user: {
  disabledAt: Date | null;
  passwordHash?: string | null;
  hasPassword?: boolean;
  ssoSubject: string | null;
}): AccountStatus {
  if (user.disabledAt) return "disabled";
  const hasPassword = user.hasPassword ?? Boolean(user.passwordHash);
  return hasPassword || user.ssoSubject ? "active" : "invited";
}
