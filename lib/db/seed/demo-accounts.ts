import type { MembershipRole, UserRole } from "@/lib/generated/prisma/enums";

// One demo account per role. The password is public (README, and the sign-in page in demo mode):
// demo data is for trying the platform out, never for real use.
export const DEMO_PASSWORD = "demo-coalition-2026";

export interface DemoAccount {
  email: string;
  name: string;
  jobTitle: string;
  role: UserRole;
  /** What the account is for, as shown on the sign-in page in demo mode. */
  describes: string;
  membership?: { odsCode: string; role: MembershipRole };
}

export const demoAccounts: DemoAccount[] = [
  {
    email: "admin@elmshire.example",
    name: "Alex Morgan",
    jobTitle: "Platform administrator",
    role: "PLATFORM_ADMIN",
    describes: "Platform admin",
  },
  {
    email: "lead@elmshire.example",
    name: "Priya Shah",
    jobTitle: "Shared care record programme lead",
    role: "PROGRAMME_LEAD",
    describes: "Programme lead",
    membership: { odsCode: "ZZQ01", role: "MEMBER" },
  },
  {
    email: "manager@larchwood.example",
    name: "Sam Okafor",
    jobTitle: "Registered manager",
    role: "USER",
    describes: "Organisation admin, Larchwood Care Home",
    membership: { odsCode: "ZZC01", role: "ORG_ADMIN" },
  },
  {
    email: "nurse@larchwood.example",
    name: "Jo Walsh",
    jobTitle: "Senior nurse",
    role: "USER",
    describes: "Member, Larchwood Care Home",
    membership: { odsCode: "ZZC01", role: "MEMBER" },
  },
  {
    email: "practice.manager@moorside.example",
    name: "Chris Patel",
    jobTitle: "Practice manager",
    role: "USER",
    describes: "Organisation admin, Moorside Surgery",
    membership: { odsCode: "Z90001", role: "ORG_ADMIN" },
  },
  {
    email: "ig@elmshire-royal.example",
    name: "Dana Whitfield",
    jobTitle: "Head of information governance",
    role: "USER",
    describes: "Information governance lead, Elmshire Royal Hospitals NHS Trust",
    membership: { odsCode: "ZZR01", role: "IG_LEAD" },
  },
  {
    email: "ig@larchwood.example",
    name: "Morgan Ellis",
    jobTitle: "Data protection lead",
    role: "USER",
    describes: "Information governance lead, Larchwood Care Home",
    membership: { odsCode: "ZZC01", role: "IG_LEAD" },
  },
  {
    email: "dpo@moorside.example",
    name: "Rhys Bennett",
    jobTitle: "Data Protection Officer",
    role: "USER",
    describes: "Information governance lead, Moorside Surgery",
    membership: { odsCode: "Z90001", role: "IG_LEAD" },
  },
];
