import { getActor } from "@/lib/auth/get-actor";
import type { MembershipRole } from "@/lib/generated/prisma/enums";
import { userPolicy } from "@/lib/users/policy";

import { MembershipControls } from "./membership-controls";

/**
 * Change role and Remove beside a member on an organisation's profile, for those who may manage
 * the membership (leads, platform admins and the organisation's own admins); nothing otherwise.
 */
export async function MemberActions({
  organisationId,
  organisationName,
  membershipId,
  role,
  person,
}: {
  organisationId: string;
  organisationName: string;
  membershipId: string;
  role: MembershipRole;
  person: { id: string; name: string };
}) {
  const actor = await getActor();
  if (!actor || !userPolicy.canManageMembership(actor, { organisationId, userId: person.id })) {
    return null;
  }
  return (
    <MembershipControls
      membershipId={membershipId}
      role={role}
      personName={person.name}
      organisationName={organisationName}
    />
  );
}
