import "server-only";

import { type AuditContext, recordAuditEvent } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/client";
import { acceptPendingInvitations } from "@/lib/invitations/accept-pending-invitations";

import { emailSchema } from "./schemas";

/** What the identity provider says about the person, read from its ID token. */
export interface SingleSignOnClaims {
  issuer: string;
  subject: string;
  email?: unknown;
  /** The standard claim. */
  email_verified?: unknown;
  /** Microsoft Entra ID's "email domain owner verified" claim, sent instead of email_verified. */
  xms_edov?: unknown;
}

export type SingleSignOnOutcome =
  | { ok: true; userId: string }
  | { ok: false; reason: "unverified_email" | "no_account" | "disabled" | "linked_elsewhere" };

/**
 * Only a verified email may match an invited account: otherwise anyone able to set an
 * unverified address at the provider could take over that account.
 */
export function hasVerifiedEmail(claims: SingleSignOnClaims): boolean {
  if (claims.email_verified !== undefined) {
    return claims.email_verified === true || claims.email_verified === "true";
  }
  return claims.xms_edov === true || claims.xms_edov === "true" || claims.xms_edov === "1";
}

/**
 * Decides whether a person signing in through single sign-on may have a session, and as whom.
 * Single sign-on never creates accounts: the first time, the provider's verified email must
 * match an account someone was invited to; from then on the provider's identity (issuer and
 * subject) is what counts, whatever email it reports later. Every attempt is audited.
 */
export async function signInWithSingleSignOn(
  claims: SingleSignOnClaims,
  context: AuditContext,
): Promise<SingleSignOnOutcome> {
  const prisma = await getPrisma();
  const parsedEmail = emailSchema.safeParse(claims.email);
  const email = parsedEmail.success ? parsedEmail.data : undefined;
  const refuse = async (
    reason: Extract<SingleSignOnOutcome, { ok: false }>["reason"],
    userId?: string,
  ): Promise<SingleSignOnOutcome> => {
    await recordAuditEvent(
      prisma,
      { ...context, actorId: userId, actorEmail: email },
      {
        action: "auth.sign_in_failed",
        entityType: "User",
        entityId: userId,
        after: { method: "single_sign_on", reason },
      },
    );
    return { ok: false, reason };
  };

  const linked = await prisma.user.findUnique({
    where: { ssoIssuer_ssoSubject: { ssoIssuer: claims.issuer, ssoSubject: claims.subject } },
    select: { id: true, email: true, disabledAt: true },
  });
  if (linked) {
    if (linked.disabledAt) return refuse("disabled", linked.id);
    await recordAuditEvent(
      prisma,
      { ...context, actorId: linked.id, actorEmail: linked.email },
      {
        action: "auth.sign_in",
        entityType: "User",
        entityId: linked.id,
        after: { method: "single_sign_on" },
      },
    );
    return { ok: true, userId: linked.id };
  }

  if (!email || !hasVerifiedEmail(claims)) return refuse("unverified_email");
  const invited = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, disabledAt: true, ssoSubject: true },
  });
  if (!invited) return refuse("no_account");
  if (invited.disabledAt) return refuse("disabled", invited.id);
  if (invited.ssoSubject !== null) return refuse("linked_elsewhere", invited.id);

  await prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: invited.id },
      data: { ssoIssuer: claims.issuer, ssoSubject: claims.subject },
    });
    const audit = { ...context, actorId: invited.id, actorEmail: invited.email };
    await recordAuditEvent(tx, audit, {
      action: "auth.single_sign_on_linked",
      entityType: "User",
      entityId: invited.id,
      after: { ssoIssuer: claims.issuer, ssoSubject: claims.subject },
    });
    await recordAuditEvent(tx, audit, {
      action: "auth.sign_in",
      entityType: "User",
      entityId: invited.id,
      after: { method: "single_sign_on" },
    });
    // The provider has vouched for the invited email: the person joins the organisations
    // they were invited to, as accepting the invitation's link would.
    await acceptPendingInvitations(tx, invited.id, context);
  });
  return { ok: true, userId: invited.id };
}

/** The account a linked identity signs in as, with the session version its token must carry. */
export async function findSingleSignOnUser(issuer: string, subject: string) {
  const prisma = await getPrisma();
  return prisma.user.findFirst({
    where: { ssoIssuer: issuer, ssoSubject: subject, disabledAt: null },
    select: { id: true, sessionVersion: true },
  });
}
