import "server-only";

import { refuseCommonPassword } from "@/lib/account/password-rules";
import { choosePasswordSchema } from "@/lib/account/schemas";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { acceptPendingInvitations } from "./accept-pending-invitations";
import { findInvitationByToken } from "./find-invitation-by-token";
import { invitationLinkMessages } from "./link-state";

export interface InvitationAccepted {
  userId: string;
  organisationId: string;
  /** The account's email, to fill in on the sign-in page. */
  email: string;
  /** A password was chosen: the person now signs in with it. */
  passwordSet: boolean;
}

const linkProblem = (state: keyof typeof invitationLinkMessages) =>
  new AppError(state === "unknown" ? "NOT_FOUND" : "CONFLICT", invitationLinkMessages[state]);

/**
 * Accepts an invitation by its link: whoever holds the token is the invited person. An account
 * with no password and no single sign-on identity chooses a password here (the shared rules, and
 * not a common one); the person then joins the organisation, with any other invitations of
 * theirs still pending. A link that was used, expired or withdrawn changes nothing.
 */
export async function acceptInvitation(
  token: string,
  input: unknown,
  context: AuditContext = {},
): Promise<InvitationAccepted> {
  const link = await findInvitationByToken(token);
  if (!link.invitation) throw linkProblem(link.state === "usable" ? "unknown" : link.state);
  const { invitation } = link;

  let passwordHash: string | null = null;
  if (invitation.choosesPassword) {
    const { newPassword } = choosePasswordSchema.parse(input);
    refuseCommonPassword(newPassword);
    passwordHash = await hashPassword(newPassword);
  }

  const prisma = await getPrisma();
  const audit = { ...context, actorId: invitation.user.id, actorEmail: invitation.user.email };
  await prisma.$transaction(async (tx) => {
    if (passwordHash) {
      // Only while there is still no password: a password set meanwhile is not overwritten.
      const set = await tx.user.updateMany({
        where: { id: invitation.user.id, passwordHash: null, ssoSubject: null, disabledAt: null },
        data: { passwordHash },
      });
      if (set.count === 0) throw linkProblem("used");
      await recordAuditEvent(tx, audit, {
        action: "auth.password_set",
        entityType: "User",
        entityId: invitation.user.id,
        after: { through: "invitation" },
      });
    }
    const accepted = await acceptPendingInvitations(tx, invitation.user.id, context);
    // Someone else accepted this very link a moment ago: undo everything, change nothing.
    if (!accepted.some((entry) => entry.invitationId === invitation.id)) throw linkProblem("used");
  });
  return {
    userId: invitation.user.id,
    organisationId: invitation.organisation.id,
    email: invitation.user.email,
    passwordSet: passwordHash !== null,
  };
}
