import "server-only";

import { type Actor, isProgrammeLead } from "@/lib/auth/actor";
import type { DbTransaction } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";

import { interactionPolicy } from "./policy";

export interface GroupedOption {
  value: string;
  label: string;
  group: { key: string; label: string };
}

const LEADS_GROUP = { key: "leads", label: "Programme leads" };

/** The organisations an interaction may involve: every active one (the directory lists them). */
export async function interactionOrganisationOptions(db: DbTransaction): Promise<GroupedOption[]> {
  const organisations = await db.organisation.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, odsCode: true, place: { select: { id: true, name: true } } },
  });
  return organisations.map((organisation) => ({
    value: organisation.id,
    label: organisation.odsCode
      ? `${organisation.name} (${organisation.odsCode})`
      : organisation.name,
    group: { key: organisation.place.id, label: organisation.place.name },
  }));
}

/**
 * The people a person may name as having taken part: for leads, everyone with an active account
 * in an organisation and the leads; for an organisation's admins, its members and the leads. The
 * one list the form offers and the server checks against.
 */
export async function interactionPeopleOptions(
  db: DbTransaction,
  actor: Actor,
): Promise<GroupedOption[]> {
  const lead = isProgrammeLead(actor);
  const membershipWhere: Prisma.MembershipWhereInput = lead
    ? { organisation: { archivedAt: null } }
    : { organisationId: { in: interactionPolicy.adminOrganisations(actor) } };
  const [memberships, leads] = await Promise.all([
    db.membership.findMany({
      where: { ...membershipWhere, user: { disabledAt: null } },
      orderBy: [{ organisation: { name: "asc" } }, { user: { name: "asc" } }],
      select: {
        user: { select: { id: true, name: true, jobTitle: true } },
        organisation: { select: { id: true, name: true } },
      },
    }),
    db.user.findMany({
      where: { role: { in: ["PROGRAMME_LEAD", "PLATFORM_ADMIN"] }, disabledAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, jobTitle: true },
    }),
  ]);
  const seen = new Set<string>();
  const options: GroupedOption[] = [];
  const describe = (user: { name: string; jobTitle: string | null }) =>
    user.jobTitle ? `${user.name}, ${user.jobTitle}` : user.name;
  for (const user of leads) {
    seen.add(user.id);
    options.push({ value: user.id, label: describe(user), group: LEADS_GROUP });
  }
  for (const { user, organisation } of memberships) {
    if (seen.has(user.id)) continue;
    seen.add(user.id);
    options.push({
      value: user.id,
      label: describe(user),
      group: { key: organisation.id, label: organisation.name },
    });
  }
  return options;
}
