import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { invitePerson } from "@/lib/invitations/invite-person";
import { getOutboxMessage, linkCausedBy, listOutboxMessages } from "@/lib/mail/outbox";
import { composeEmailText } from "@/lib/mail/text";

import { createPeopleWorld } from "../support/people-factories";
import { latestEmailTo } from "../support/outbox";

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
});
