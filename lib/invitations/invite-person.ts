import "server-only";

import { actorContext } from "@/lib/audit/actor-context";
import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Actor } from "@/lib/auth/actor";
import {
  createOneTimeToken,
  expiresAfter,
  INVITATION_LIFETIME_MS,
} from "@/lib/auth/one-time-token";
import { getPrisma } from "@/lib/db/client";
import { deliverOutboxMessages, mailServerConfigured } from "@/lib/mail/deliver";
import { linkTo } from "@/lib/mail/links";
import { clearOutboxLinks, LINK_LINE, linkKey, queueEmail } from "@/lib/mail/queue-email";
import { guardIds, organisationNotFound } from "@/lib/organisations/profile-records";

import { cannotInvite, fieldError } from "./errors";
import { invitationPolicy } from "./policy";
import { invitationRoleLabels, invitationSchema } from "./schemas";

export interface InvitationSent {
  invitationId: string;
  userId: string;
  /** False when no mail server is configured: the email only waits in the outbox. */
  mailServer: boolean;
  /** Settles once the email has been handed to the mail server (or kept in the outbox). */
  delivery: Promise<void>;
}

/**
 * Invites a person to act for an organisation with a role. Programme leads for any organisation,
 * organisation admins for their own. An email with no account gets one at once, with no password,
 * so single sign-on by verified email can match it; an existing account joins the organisation
 * when the invitation is accepted. A pending invitation of the same person to the same
 * organisation is revoked: only the newest link works. The invitation, the account, the email in
 * the outbox and the audit records are written in one transaction; the email is sent after.
 */
export async function invitePerson(
  actor: Actor,
  organisationId: string,
  input: unknown,
  context: AuditContext = {},
): Promise<InvitationSent> {
  guardIds(organisationId);
  if (!invitationPolicy.canInvite(actor, organisationId)) throw cannotInvite();
  const { email, name, role } = invitationSchema.parse(input);
  const { token, tokenHash } = createOneTimeToken();
  const expiresAt = expiresAfter(INVITATION_LIFETIME_MS);
  const audit = actorContext(actor, context, organisationId);

  const prisma = await getPrisma();
  const sent = await prisma.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { id: organisationId, archivedAt: null },
      select: { id: true, name: true },
    });
    if (!organisation) throw organisationNotFound();

    let person = await tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        name: true,
        disabledAt: true,
        passwordHash: true,
        ssoSubject: true,
        memberships: { where: { organisationId }, select: { id: true } },
      },
    });
    if (person?.memberships.length) {
      throw fieldError("email", `${person.name} is already a member of ${organisation.name}`);
    }
    if (person?.disabledAt) {
      throw fieldError(
        "email",
        "This person's account is disabled. A programme lead can enable it on People first",
      );
    }
    const accountCreated = !person;
    if (!person) {
      if (!name) throw fieldError("name", "Enter their name: there is no account for this email");
      person = await tx.user.create({
        data: { email, name },
        select: {
          id: true,
          name: true,
          disabledAt: true,
          passwordHash: true,
          ssoSubject: true,
          memberships: { select: { id: true } },
        },
      });
      await recordAuditEvent(tx, audit, {
        action: "user.invited",
        entityType: "User",
        entityId: person.id,
        after: { email, name },
      });
    }

    // Only the newest link works: earlier pending invitations to this organisation are revoked.
    const replaced = await tx.invitation.findMany({
      where: { userId: person.id, organisationId, acceptedAt: null, revokedAt: null },
      select: { id: true, role: true },
    });
    const now = new Date();
    await clearOutboxLinks(
      tx,
      replaced.map((earlier) => linkKey.invitation(earlier.id)),
    );
    for (const earlier of replaced) {
      await tx.invitation.update({ where: { id: earlier.id }, data: { revokedAt: now } });
      await recordAuditEvent(tx, audit, {
        action: "invitation.revoked",
        entityType: "Invitation",
        entityId: earlier.id,
        before: { email, organisationId, role: earlier.role },
        after: { reason: "replaced by a new invitation" },
      });
    }

    const invitation = await tx.invitation.create({
      data: {
        userId: person.id,
        organisationId,
        role,
        invitedById: actor.userId,
        tokenHash,
        expiresAt,
      },
      select: { id: true },
    });
    const messageId = await queueEmail(tx, {
      to: email,
      subject: `You are invited to join ${organisation.name} on Coalition`,
      body: invitationEmail({
        name: person.name,
        inviter: actor.name,
        organisation: organisation.name,
        role: invitationRoleLabels[role],
        choosesPassword: !person.passwordHash && !person.ssoSubject,
        expiresAt,
      }),
      link: linkTo(`/invitations/${token}`),
      linkFor: linkKey.invitation(invitation.id),
      causedById: actor.userId,
    });
    await recordAuditEvent(tx, audit, {
      action: "invitation.created",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { email, organisationId, role, accountCreated, outboxMessageId: messageId },
    });
    return { invitationId: invitation.id, userId: person.id, messageId };
  });

  return {
    invitationId: sent.invitationId,
    userId: sent.userId,
    mailServer: mailServerConfigured(),
    delivery: deliverOutboxMessages([sent.messageId]),
  };
}

function invitationEmail(details: {
  name: string;
  inviter: string;
  organisation: string;
  role: string;
  choosesPassword: boolean;
  expiresAt: Date;
}): string {
  const expires = details.expiresAt.toLocaleString("en-GB", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Europe/London",
  });
  return [
    `Hello ${details.name},`,
    "",
    `${details.inviter} has invited you to act for ${details.organisation} on Coalition, as ${details.role.toLowerCase()}.`,
    "",
    details.choosesPassword
      ? "Choose a password to set up your account:"
      : "Accept the invitation here:",
    LINK_LINE,
    "",
    `The link works once and expires on ${expires} (UK time).`,
    "If you did not expect this invitation, you can ignore this email.",
  ].join("\n");
}
