import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { acceptInvitation } from "@/lib/invitations/accept-invitation";
import { invitePerson } from "@/lib/invitations/invite-person";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { getOutboxMessage, linkCausedBy, listOutboxMessages } from "@/lib/mail/outbox";
import { composeEmailText } from "@/lib/mail/text";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { resetPassword } from "@/lib/password-reset/reset-password";

import { createPeopleWorld } from "../support/people-factories";
import { createUser } from "../support/factories";
import { latestEmailTo, linkTokenSentTo } from "../support/outbox";

// Findings 7 and 8 of the security review, and the first-week issue's "Invitation sent." that was
// not: the outbox's link is its own field, the stored text holds no token, and the link is shown
// only to whoever caused the email.
const HOSTILE_NAME = "Hi https://evil.example/invitations/steal please";

describe("the outbox", () => {
  it("keeps the link apart from text that holds user input, and the token out of the text", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = `outbox-${randomUUID().slice(0, 8)}@example.org`;

    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email,
      name: HOSTILE_NAME,
      role: "MEMBER",
    });

    expect(sent.mailServer).toBe(false);
    const stored = await latestEmailTo(email);
    expect(stored.body).toContain(HOSTILE_NAME);
    expect(stored.body).not.toMatch(/\/invitations\/[A-Za-z0-9_-]{43}/);
    expect(stored.link).toMatch(/^https?:\/\/[^/]+\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(stored.causedById).toBe(world.actors.lead.userId);
    // As sent: the real link where the template put it, after the hostile name.
    const text = composeEmailText(stored.body, stored.link);
    expect(text.split("\n").filter((line) => line === stored.link)).toHaveLength(1);

    // The inviter reads it, with its link.
    const forInviter = await getOutboxMessage(world.actors.lead, stored.id);
    expect(forInviter?.link).toBe(stored.link);
    expect(await linkCausedBy(world.actors.lead, email, new Date(0))).toEqual({
      messageId: stored.id,
      link: stored.link,
    });
    const inviterList = await listOutboxMessages(world.actors.lead, { page: 1 });
    expect(inviterList.entries.map((entry) => entry.id)).toContain(stored.id);

    // A platform admin reads the text, but not the link someone else caused.
    const forAdmin = await getOutboxMessage(world.actors.platformAdmin, stored.id);
    expect(forAdmin?.body).toBe(stored.body);
    expect(forAdmin?.link).toBeNull();

    // Nobody else reads it at all.
    for (const who of ["adminOfA", "memberOfA", "adminOfB"] as const) {
      expect(await getOutboxMessage(world.actors[who], stored.id)).toBeNull();
      expect(await linkCausedBy(world.actors[who], email, new Date(0))).toBeNull();
    }
  });

  it("never lets text typed earlier in a message take the link's place", () => {
    const body = ["Hello [link]", "[link]", "Choose a password:", "[link]", "Bye"].join("\n");

    expect(composeEmailText(body, "https://coalition.example/invitations/x")).toBe(
      [
        "Hello [link]",
        "[link]",
        "Choose a password:",
        "https://coalition.example/invitations/x",
        "Bye",
      ].join("\n"),
    );
  });

  it("forgets a link as soon as it is used, replaced or revoked", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const email = `forget-${randomUUID().slice(0, 8)}@example.org`;
    /** Invites the person again; the id of the email that carries the new link. */
    const invite = async () => {
      const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
        email,
        name: "Robin Forget",
        role: "MEMBER",
      });
      return { invitationId: sent.invitationId, messageId: (await latestEmailTo(email)).id };
    };
    const linkOf = async (id: string) =>
      (await prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).link;

    // Revoked: the link goes with it.
    const first = await invite();
    expect(await linkOf(first.messageId)).not.toBeNull();
    await revokeInvitation(world.actors.lead, world.organisationA.id, first.invitationId);
    expect(await linkOf(first.messageId)).toBeNull();

    // Replaced by a newer invitation: only the newer link is kept.
    const second = await invite();
    const third = await invite();
    expect(await linkOf(second.messageId)).toBeNull();
    expect(await linkOf(third.messageId)).not.toBeNull();

    // Used: the person joins and the link is gone.
    const token = await linkTokenSentTo(email, "invitations");
    await acceptInvitation(token, {
      newPassword: "a long and unusual passphrase",
      confirmNewPassword: "a long and unusual passphrase",
    });
    expect(await linkOf(third.messageId)).toBeNull();

    // A password reset link, and an older one of the same person, go once one is used.
    const user = await createUser(prisma, { password: "an old and unusual passphrase" });
    const ask = async () => {
      await (
        await requestPasswordReset(
          { email: user.email },
          { ipAddress: `10.9.${randomUUID().slice(0, 4)}` },
        )
      ).delivery;
      return latestEmailTo(user.email);
    };
    const older = await ask();
    const newer = await ask();
    expect(older.link).not.toBeNull();
    await resetPassword(await linkTokenSentTo(user.email, "reset-password"), {
      newPassword: "a new and unusual passphrase",
      confirmNewPassword: "a new and unusual passphrase",
    });
    expect(await linkOf(newer.id)).toBeNull();
    expect(await linkOf(older.id)).toBeNull();
  });
});
