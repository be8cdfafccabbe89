import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { findSingleSignOnUser, signInWithSingleSignOn } from "@/lib/auth/single-sign-on";
import { getPrisma } from "@/lib/db/client";
import { invitePerson } from "@/lib/invitations/invite-person";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

import { createUser } from "../support/factories";
import { createPeopleWorld } from "../support/people-factories";

const ISSUER = "https://login.microsoftonline.com/tenant/v2.0";
const context = { requestId: "request-1", ipAddress: "10.0.0.1" };
const subject = () => `subject-${randomUUID()}`;

async function auditFor(userEmail: string) {
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({
    where: { actorEmail: userEmail },
    orderBy: { occurredAt: "asc" },
  });
  return events.map((event) => ({ action: event.action, after: event.after }));
}

describe("signing in through single sign-on", () => {
  it("links an invited account the first time, by verified email in any case", async () => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    const sub = subject();

    const outcome = await signInWithSingleSignOn(
      { issuer: ISSUER, subject: sub, email: user.email.toUpperCase(), email_verified: true },
      context,
    );

    expect(outcome).toEqual({ ok: true, userId: user.id });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([stored.ssoIssuer, stored.ssoSubject]).toEqual([ISSUER, sub]);
    expect(await findSingleSignOnUser(ISSUER, sub)).toEqual({
      id: user.id,
      sessionVersion: stored.sessionVersion,
    });
    const audit = await auditFor(user.email);
    expect(audit.map((event) => event.action)).toEqual([
      "auth.single_sign_on_linked",
      "auth.sign_in",
    ]);
    expect(audit[1]?.after).toEqual({ method: "single_sign_on" });
  });

  it("accepts Entra ID's email-domain-verified claim when email_verified is absent", async () => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    const outcome = await signInWithSingleSignOn(
      { issuer: ISSUER, subject: subject(), email: user.email, xms_edov: true },
      context,
    );
    expect(outcome).toEqual({ ok: true, userId: user.id });
  });

  it("recognises a linked identity later, even when the provider reports another email", async () => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    const sub = subject();
    await signInWithSingleSignOn(
      { issuer: ISSUER, subject: sub, email: user.email, email_verified: true },
      context,
    );
    const later = await signInWithSingleSignOn(
      { issuer: ISSUER, subject: sub, email: "renamed@example.org", email_verified: false },
      context,
    );
    expect(later).toEqual({ ok: true, userId: user.id });
  });

  it.each([
    ["email_verified is false", { email_verified: false }],
    ["no verification claim at all", {}],
    ["xms_edov is false", { xms_edov: false }],
  ])("refuses an unverified email (%s) and links nothing", async (_name, verification) => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    const outcome = await signInWithSingleSignOn(
      { issuer: ISSUER, subject: subject(), email: user.email, ...verification },
      context,
    );
    expect(outcome).toEqual({ ok: false, reason: "unverified_email" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.ssoSubject).toBeNull();
    expect(await auditFor(user.email)).toEqual([
      {
        action: "auth.sign_in_failed",
        after: { method: "single_sign_on", reason: "unverified_email" },
      },
    ]);
  });

  it("never creates an account for an email nobody was invited with", async () => {
    const prisma = await getPrisma();
    const email = `stranger-${randomUUID()}@example.org`;
    const before = await prisma.user.count();
    const outcome = await signInWithSingleSignOn(
      { issuer: ISSUER, subject: subject(), email, email_verified: true },
      context,
    );
    expect(outcome).toEqual({ ok: false, reason: "no_account" });
    expect(await prisma.user.count()).toBe(before);
    expect((await auditFor(email)).map((event) => event.action)).toEqual(["auth.sign_in_failed"]);
  });

  it("refuses disabled accounts, whether linked already or not", async () => {
    const prisma = await getPrisma();
    const unlinked = await createUser(prisma, { disabled: true });
    expect(
      await signInWithSingleSignOn(
        { issuer: ISSUER, subject: subject(), email: unlinked.email, email_verified: true },
        context,
      ),
    ).toEqual({ ok: false, reason: "disabled" });

    const linked = await createUser(prisma);
    const sub = subject();
    await signInWithSingleSignOn(
      { issuer: ISSUER, subject: sub, email: linked.email, email_verified: true },
      context,
    );
    await prisma.user.update({ where: { id: linked.id }, data: { disabledAt: new Date() } });
    expect(await signInWithSingleSignOn({ issuer: ISSUER, subject: sub }, context)).toEqual({
      ok: false,
      reason: "disabled",
    });
    expect(await findSingleSignOnUser(ISSUER, sub)).toBeNull();
  });

  it("refuses a second identity for an account already linked to another", async () => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    const first = subject();
    await signInWithSingleSignOn(
      { issuer: ISSUER, subject: first, email: user.email, email_verified: true },
      context,
    );
    const outcome = await signInWithSingleSignOn(
      { issuer: ISSUER, subject: subject(), email: user.email, email_verified: true },
      context,
    );
    expect(outcome).toEqual({ ok: false, reason: "linked_elsewhere" });
    const stored = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.ssoSubject).toBe(first);
  });

  it("keeps identities of different issuers apart", async () => {
    const prisma = await getPrisma();
    const user = await createUser(prisma);
    const sub = subject();
    await signInWithSingleSignOn(
      { issuer: ISSUER, subject: sub, email: user.email, email_verified: true },
      context,
    );
    expect(await findSingleSignOnUser("https://other.example", sub)).toBeNull();
    expect(
      await signInWithSingleSignOn({ issuer: "https://other.example", subject: sub }, context),
    ).toEqual({ ok: false, reason: "unverified_email" });
  });

  it("accepts an invited person's pending invitations when their identity is first linked", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = `sso-invitee-${randomUUID().slice(0, 8)}@example.org`;
    const toA = await invitePerson(world.actors.lead, world.organisationA.id, {
      email,
      name: "Single Sign-On Invitee",
      role: "ORG_ADMIN",
    });
    const toB = await invitePerson(world.actors.adminOfB, world.organisationB.id, {
      email,
      role: "MEMBER",
    });
    // A withdrawn invitation is not accepted.
    const withdrawnOrganisation = await prisma.organisation.create({
      data: {
        name: `Withdrawn ${randomUUID()}`,
        type: "CARE_HOME",
        placeId: world.organisationA.placeId,
      },
    });
    const withdrawn = await invitePerson(world.actors.lead, withdrawnOrganisation.id, {
      email,
      role: "MEMBER",
    });
    await revokeInvitation(world.actors.lead, withdrawnOrganisation.id, withdrawn.invitationId);

    const outcome = await signInWithSingleSignOn(
      { issuer: ISSUER, subject: subject(), email, email_verified: true },
      context,
    );

    expect(outcome).toEqual({ ok: true, userId: toA.userId });
    const memberships = await prisma.membership.findMany({
      where: { userId: toA.userId },
      select: { organisationId: true, role: true },
    });
    expect(memberships.sort((a, b) => a.role.localeCompare(b.role))).toEqual([
      { organisationId: world.organisationB.id, role: "MEMBER" },
      { organisationId: world.organisationA.id, role: "ORG_ADMIN" },
    ]);
    const invitations = await prisma.invitation.findMany({
      where: { id: { in: [toA.invitationId, toB.invitationId, withdrawn.invitationId] } },
    });
    expect(
      invitations
        .filter((invitation) => invitation.acceptedAt)
        .map((i) => i.id)
        .sort(),
    ).toEqual([toA.invitationId, toB.invitationId].sort());
    const audit = await auditFor(email);
    expect(audit.map((event) => event.action)).toEqual([
      "auth.single_sign_on_linked",
      "auth.sign_in",
      "invitation.accepted",
      "invitation.accepted",
    ]);
    // A password was never set: single sign-on stays the way in.
    expect(
      (
        await prisma.user.findUniqueOrThrow({
          where: { id: toA.userId },
          omit: { passwordHash: false },
        })
      ).passwordHash,
    ).toBeNull();
  });

  it("accepts no invitation when single sign-on is refused", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = `sso-refused-${randomUUID().slice(0, 8)}@example.org`;
    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email,
      name: "Unverified Invitee",
      role: "MEMBER",
    });
    await signInWithSingleSignOn(
      { issuer: ISSUER, subject: subject(), email, email_verified: false },
      context,
    );
    expect(await prisma.membership.count({ where: { userId: sent.userId } })).toBe(0);
  });
});
