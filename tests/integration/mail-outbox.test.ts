import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import { invitePerson } from "@/lib/invitations/invite-person";
import { deliverOutboxMessages, type MailTransport } from "@/lib/mail/deliver";
import { getOutboxMessage, listOutboxMessages } from "@/lib/mail/outbox";
import { queueEmail } from "@/lib/mail/queue-email";
import { OUTBOX_PAGE_SIZE } from "@/lib/mail/schemas";

import { createPeopleWorld } from "../support/people-factories";
import { latestEmailTo } from "../support/outbox";

const address = () => `mail-${randomUUID().slice(0, 8)}@example.org`;

/** A mail server on loopback that keeps what it receives, and refuses one address. */
const received: { to: string[]; data: string }[] = [];
const REFUSED = "refused@example.org";
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onRcptTo(recipient, _session, callback) {
    if (recipient.address === REFUSED) {
      callback(new Error("Mailbox unavailable"));
      return;
    }
    callback();
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      received.push({
        to: session.envelope.rcptTo.map((recipient) => recipient.address),
        data: Buffer.concat(chunks).toString("utf8"),
      });
      callback();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterEach(() => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
  delete process.env.MAIL_FROM;
});

function useSmtpServer() {
  const { port } = server.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.NEXTAUTH_URL = "https://coalition.example";
  process.env.MAIL_FROM = "Coalition <coalition@example.org>";
}

describe("the outbox", () => {
  it("is written in the same transaction as the change: a failing change leaves no message", async () => {
    const prisma = await getPrisma();
    const to = address();
    await expect(
      prisma.$transaction(async (tx) => {
        await queueEmail(tx, { to, subject: "Never sent", body: "Rolled back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma.outboxMessage.count({ where: { toAddress: to } })).toBe(0);
  });

  it("keeps no message when an invitation is refused", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const before = await prisma.outboxMessage.count();
    await expect(
      invitePerson(world.actors.lead, world.organisationA.id, {
        email: world.users.memberOfA.email,
        role: "MEMBER",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await prisma.outboxMessage.count()).toBe(before);
  });

  it("stays unsent without SMTP_URL, for platform admins to read", async () => {
    const prisma = await getPrisma();
    const id = await queueEmail(prisma, { to: address(), subject: "Kept", body: "Body" });
    let sent = false;
    const transport: MailTransport = {
      sendMail: () => {
        sent = true;
        return Promise.resolve();
      },
    };
    await deliverOutboxMessages([id]);
    expect(sent).toBe(false);
    await deliverOutboxMessages([id], transport);
    expect(sent).toBe(true);
  });

  it("is listed newest first, a page at a time, to platform admins only", async () => {
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const ids: string[] = [];
    // A second apart, and after every other message of this file.
    const start = Date.now() + 60_000;
    for (let index = 0; index < OUTBOX_PAGE_SIZE + 1; index += 1) {
      const id = await queueEmail(prisma, {
        to: address(),
        subject: `Message ${index}`,
        body: `See\n[link]\nsoon`,
        link: `https://coalition.example/invitations/${index}`,
      });
      await prisma.outboxMessage.update({
        where: { id },
        data: { createdAt: new Date(start + index * 1000) },
      });
      ids.push(id);
    }
    const first = await listOutboxMessages(world.actors.platformAdmin, { page: 1 });
    expect(first.entries).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.entries[0]?.id).toBe(ids.at(-1));
    expect(first.total).toBeGreaterThan(OUTBOX_PAGE_SIZE);
    const times = first.entries.map((entry) => entry.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const message = await getOutboxMessage(world.actors.platformAdmin, ids[0]!);
    expect(message?.subject).toBe("Message 0");
    // Nobody signed in caused it (as with a password reset): platform admins pass the link on.
    expect(message?.link).toBe("https://coalition.example/invitations/0");
    expect(await getOutboxMessage(world.actors.platformAdmin, "not-an-id")).toBeNull();

    // Others read only the messages they caused: none of these.
    for (const who of ["lead", "adminOfA", "memberOfA"] as const) {
      const theirs = await listOutboxMessages(world.actors[who], { page: 1 });
      expect(theirs.entries.map((entry) => entry.id)).not.toContain(ids[0]);
      expect(await getOutboxMessage(world.actors[who], ids[0]!)).toBeNull();
    }
  });
});

describe("delivery through SMTP", () => {
  it("sends an invitation after it is committed and marks it sent", async () => {
    useSmtpServer();
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    const to = address();

    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email: to,
      name: "Mailed Person",
      role: "MEMBER",
    });
    await sent.delivery;

    const message = await latestEmailTo(to);
    expect(message.sentAt).not.toBeNull();
    expect(message.lastError).toBeNull();
    // The link went to the mail server, and the platform keeps it no longer.
    expect(message.body).not.toContain("/invitations/");
    expect(message.link).toBeNull();
    const delivered = received.find((entry) => entry.to.includes(to));
    expect(delivered?.data).toContain("https://coalition.example/invitations/");
    expect(delivered?.data).toContain(
      `Subject: You are invited to join ${world.organisationA.name}`,
    );
    expect(delivered?.data).toContain("From: Coalition <coalition@example.org>");
  });

  it("keeps the error when the mail server refuses, without failing the change", async () => {
    useSmtpServer();
    const prisma = await getPrisma();
    const world = await createPeopleWorld(prisma);
    await prisma.user.deleteMany({ where: { email: REFUSED } });

    const sent = await invitePerson(world.actors.lead, world.organisationA.id, {
      email: REFUSED,
      name: "Unreachable Person",
      role: "MEMBER",
    });
    await sent.delivery;

    expect(await prisma.invitation.findUnique({ where: { id: sent.invitationId } })).not.toBeNull();
    const message = await latestEmailTo(REFUSED);
    expect(message.sentAt).toBeNull();
    expect(message.lastError).toMatch(/Mailbox unavailable/);
  });

  it("keeps the error when no mail server answers", async () => {
    const prisma = await getPrisma();
    const id = await queueEmail(prisma, { to: address(), subject: "Lost", body: "Body" });
    const transport: MailTransport = {
      sendMail: () => Promise.reject(new Error("connect ECONNREFUSED smtp://user:secret@mail")),
    };
    await expect(deliverOutboxMessages([id], transport)).resolves.toBeUndefined();
    const message = await prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(message.sentAt).toBeNull();
    expect(message.lastError).toContain("ECONNREFUSED");
    expect(message.lastError).not.toContain("secret");
  });
});
