import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";
import { ZodError } from "zod";

import { authenticate } from "@/lib/auth/authenticate";
import { hashToken } from "@/lib/auth/one-time-token";
import { verifyPassword } from "@/lib/auth/password";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { findInvitationByToken } from "@/lib/invitations/find-invitation-by-token";
import { invitePerson } from "@/lib/invitations/invite-person";
import {
  getPendingInvitation,
  listPendingInvitations,
} from "@/lib/invitations/list-pending-invitations";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";

import { dataFingerprint } from "./access-matrix/data-fingerprint";
import { createUser } from "../support/factories";
import { latestEmailTo, linkTokenSentTo } from "../support/outbox";
import { createPeopleWorld } from "../support/people-factories";

const PASSWORD = "a long invitation passphrase";
const context = { requestId: "invitations-test", ipAddress: "10.1.0.1" };
const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.org`;
const choose = (password = PASSWORD) => ({
  newPassword: password,
  confirmNewPassword: password,
});

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function actionsOn(entityId: string) {
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({
    where: { entityId },
    orderBy: { occurredAt: "asc" },
  });
  return events.map((event) => event.action);
}

describe("inviting people", () => {
  it("lets a programme lead invite a new person to any organisation, creating the account with no password", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = newEmail();

    const sent = await invitePerson(
      world.actors.lead,
      world.organisationA.id,
      { email: email.toUpperCase(), name: "  Ada   Invitee ", role: "ORG_ADMIN" },
      context,
    );
    await sent.delivery;

    const user = await prisma.user.findUniqueOrThrow({
      where: { email },
      omit: { passwordHash: false },
    });
    expect(user).toMatchObject({ id: sent.userId, name: "Ada Invitee", passwordHash: null });
    const invitation = await prisma.invitation.findUniqueOrThrow({
      where: { id: sent.invitationId },
      omit: { tokenHash: false },
    });
    expect(invitation).toMatchObject({
      userId: user.id,
      organisationId: world.organisationA.id,
      role: "ORG_ADMIN",
      invitedById: world.actors.lead.userId,
      acceptedAt: null,
      revokedAt: null,
    });
    const days = (invitation.expiresAt.getTime() - invitation.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);

    // The email carries the token; the database only its SHA-256 hash.
    const message = await latestEmailTo(email);
    expect(message.subject).toContain(world.organisationA.name);
    expect(message.body).toContain("Choose a password");
    expect(message.sentAt).toBeNull();
    const token = await linkTokenSentTo(email, "invitations");
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.tokenHash).not.toContain(token);

    expect(await actionsOn(sent.invitationId)).toEqual(["invitation.created"]);
    expect(await actionsOn(user.id)).toEqual(["user.invited"]);
    // Not a member until the invitation is accepted.
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("lets an organisation admin invite to their own organisation and refuses them another", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const own = await invitePerson(world.actors.adminOfA, world.organisationA.id, {
      email: newEmail(),
      name: "A Member",
      role: "MEMBER",
    });
    expect(own.invitationId).toBeTruthy();

    const before = await dataFingerprint();
    const email = newEmail();
    const refused = await refusal(
      invitePerson(world.actors.adminOfA, world.organisationB.id, {
        email,
        name: "Not Allowed",
        role: "MEMBER",
      }),
    );
    expect(refused.code).toBe("FORBIDDEN");
    expect(await dataFingerprint()).toBe(before);
  });

  it.each(["memberOfA", "adminOfB"] as const)(
    "refuses %s inviting to organisation A, changing nothing",
    async (who) => {
      const prisma = await getPrisma();
      const world = await createPeopleWorld(prisma);
      const before = await dataFingerprint();
      const refused = await refusal(
        invitePerson(world.actors[who], world.organisationA.id, {
          email: newEmail(),
          name: "Someone",
          role: "MEMBER",
        }),
      );
      expect(refused.code).toBe("FORBIDDEN");
      expect(await dataFingerprint()).toBe(before);
    },
  );

  it("asks for a name when the email has no account, and refuses someone already a member", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const before = await dataFingerprint();

    const noName = await refusal(
      invitePerson(world.actors.lead, world.organisationA.id, {
        email: newEmail(),
        name: "",
        role: "MEMBER",
      }),
    );
    expect(noName.fieldErrors?.name?.[0]).toMatch(/Enter their name/);

    const member = await refusal(
      invitePerson(world.actors.lead, world.organisationA.id, {
        email: world.users.memberOfA.email,
        name: "",
        role: "ORG_ADMIN",
      }),
    );
    expect(member.code).toBe("VALIDATION");
    expect(member.fieldErrors?.email?.[0]).toBe(
      `${world.users.memberOfA.name} is already a member of ${world.organisationA.name}`,
    );
    expect(await dataFingerprint()).toBe(before);
  });

  it("replaces a pending invitation when the same person is invited again", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = newEmail();
    const first = await invitePerson(world.actors.lead, world.organisationA.id, {
      email,
      name: "Twice Invited",
      role: "MEMBER",
    });
    const firstToken = await linkTokenSentTo(email, "invitations");
    const second = await invitePerson(world.actors.adminOfA, world.organisationA.id, {
      email,
      name: "Ignored Name",
      role: "ORG_ADMIN",
    });
    const secondToken = await linkTokenSentTo(email, "invitations");
    expect(second.userId).toBe(first.userId);
    expect(await prisma.user.count({ where: { email } })).toBe(1);

    const earlier = await prisma.invitation.findUniqueOrThrow({
      where: { id: first.invitationId },
    });
    expect(earlier.revokedAt).not.toBeNull();
    expect(await actionsOn(first.invitationId)).toEqual([
      "invitation.created",
      "invitation.revoked",
    ]);
    expect((await findInvitationByToken(firstToken)).state).toBe("revoked");
    expect((await refusal(acceptInvitation(firstToken, choose()))).message).toMatch(/withdrawn/);

    await acceptInvitation(secondToken, choose());
    const membership = await prisma.membership.findFirstOrThrow({
      where: { userId: second.userId },
    });
    expect(membership).toMatchObject({ organisationId: world.organisationA.id, role: "ORG_ADMIN" });
  });

  it("lists pending invitations for those who may invite, and no one else", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = newEmail();
    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email,
      name: "Pending Person",
      role: "MEMBER",
    });
    const listed = await listPendingInvitations(world.actors.adminOfA, world.organisationA.id);
    expect(listed.map((entry) => [entry.id, entry.user.email])).toEqual([
      [sent.invitationId, email],
    ]);
    expect(
      await getPendingInvitation(world.actors.adminOfB, world.organisationB.id, sent.invitationId),
    ).toBeNull();
    await expect(
      listPendingInvitations(world.actors.memberOfA, world.organisationA.id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      listPendingInvitations(world.actors.adminOfB, world.organisationA.id),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("accepting an invitation", () => {
  async function invited(role: "ORG_ADMIN" | "MEMBER" = "MEMBER") {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = newEmail();
    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email,
      name: "New Person",
      role,
    });
    return { world, email, sent, token: await linkTokenSentTo(email, "invitations") };
  }

  it("sets the password and creates the membership, once", async () => {
    const prisma = await getPrisma();
    const { world, email, sent, token } = await invited("ORG_ADMIN");

    const accepted = await acceptInvitation(token, choose(), context);

    expect(accepted).toEqual({
      userId: sent.userId,
      organisationId: world.organisationA.id,
      passwordSet: true,
      email,
    });
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: sent.userId },
      omit: { passwordHash: false },
    });
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    const memberships = await prisma.membership.findMany({ where: { userId: sent.userId } });
    expect(memberships.map((m) => [m.organisationId, m.role])).toEqual([
      [world.organisationA.id, "ORG_ADMIN"],
    ]);
    const invitation = await prisma.invitation.findUniqueOrThrow({
      where: { id: sent.invitationId },
    });
    expect(invitation.acceptedAt).not.toBeNull();
    expect(await actionsOn(sent.invitationId)).toEqual([
      "invitation.created",
      "invitation.accepted",
    ]);
    expect(await actionsOn(sent.userId)).toEqual(["user.invited", "auth.password_set"]);
    expect(
      await authenticate({ email, password: PASSWORD }, { ipAddress: "10.1.0.2" }),
    ).toMatchObject({ id: sent.userId });

    // The link works once: the second time changes nothing and says why.
    const before = await dataFingerprint();
    const again = await refusal(acceptInvitation(token, choose("another long passphrase")));
    expect(again.code).toBe("CONFLICT");
    expect(again.message).toMatch(/already been accepted/);
    expect(await dataFingerprint()).toBe(before);
  });

  it("refuses an expired link, changing nothing", async () => {
    const prisma = await getPrisma();
    const { sent, token } = await invited();
    await prisma.invitation.update({
      where: { id: sent.invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const before = await dataFingerprint();
    const refused = await refusal(acceptInvitation(token, choose()));
    expect(refused.message).toMatch(/expired/);
    expect((await findInvitationByToken(token)).state).toBe("expired");
    expect(await dataFingerprint()).toBe(before);
  });

  it("refuses a revoked link, changing nothing", async () => {
    const { world, sent, token } = await invited();
    await revokeInvitation(world.actors.adminOfA, world.organisationA.id, sent.invitationId);
    expect(await actionsOn(sent.invitationId)).toEqual([
      "invitation.created",
      "invitation.revoked",
    ]);
    const before = await dataFingerprint();
    const refused = await refusal(acceptInvitation(token, choose()));
    expect(refused.message).toMatch(/withdrawn/);
    expect(await dataFingerprint()).toBe(before);
  });

  it("refuses a link that does not exist, and a very common password, changing nothing", async () => {
    const { token } = await invited();
    const before = await dataFingerprint();
    const unknown = await refusal(acceptInvitation("x".repeat(43), choose()));
    expect(unknown.code).toBe("NOT_FOUND");
    expect(unknown.message).toMatch(/not valid/);
    const common = await refusal(acceptInvitation(token, choose("password123")));
    expect(common.fieldErrors?.newPassword?.[0]).toMatch(/too common/);
    await expect(
      acceptInvitation(token, { newPassword: PASSWORD, confirmNewPassword: "different" }),
    ).rejects.toBeInstanceOf(ZodError);
    expect(await dataFingerprint()).toBe(before);
    expect((await findInvitationByToken(token)).state).toBe("usable");
  });

  it("lets an existing account join another organisation by the link, keeping its password", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const person = await createUser(prisma, {
      password: PASSWORD,
      memberships: [{ organisationId: world.organisationB.id, role: "MEMBER" }],
    });
    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email: person.email,
      name: "Another Name",
      role: "MEMBER",
    });
    expect(sent.userId).toBe(person.id);
    const message = await latestEmailTo(person.email);
    expect(message.body).toContain("Accept the invitation");
    const link = await findInvitationByToken(await linkTokenSentTo(person.email, "invitations"));
    expect(link.invitation?.choosesPassword).toBe(false);

    const accepted = await acceptInvitation(await linkTokenSentTo(person.email, "invitations"), {});
    expect(accepted.passwordSet).toBe(false);
    const user = await prisma.user.findUniqueOrThrow({
      where: { id: person.id },
      omit: { passwordHash: false },
    });
    expect(user.name).toBe(person.name);
    expect(user.passwordHash).toBe(person.passwordHash);
    const organisations = await prisma.membership.findMany({
      where: { userId: person.id },
      select: { organisationId: true },
    });
    expect(organisations.map((m) => m.organisationId).sort()).toEqual(
      [world.organisationA.id, world.organisationB.id].sort(),
    );
  });

  it("keeps an invited account with no password from signing in with a password", async () => {
    const { email } = await invited();
    expect(await authenticate({ email, password: "" }, { ipAddress: "10.1.0.3" })).toBeNull();
    expect(
      await authenticate({ email, password: "any password at all" }, { ipAddress: "10.1.0.3" }),
    ).toBeNull();
  });
});

describe("revoking an invitation", () => {
  it("is refused for another organisation's invitation, named by id either way", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email: newEmail(),
      name: "Kept Invitation",
      role: "MEMBER",
    });
    const before = await dataFingerprint();
    const byA = await refusal(
      revokeInvitation(world.actors.adminOfB, world.organisationA.id, sent.invitationId),
    );
    expect(byA.code).toBe("FORBIDDEN");
    const byB = await refusal(
      revokeInvitation(world.actors.adminOfB, world.organisationB.id, sent.invitationId),
    );
    expect(byB.code).toBe("NOT_FOUND");
    expect(await dataFingerprint()).toBe(before);
  });
});
