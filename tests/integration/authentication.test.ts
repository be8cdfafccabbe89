import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import { resolveActor, resolveSignedIn } from "@/lib/auth/get-actor";
import { hashPassword } from "@/lib/auth/password";
import { endAllSessions } from "@/lib/auth/sign-out";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { createOrganisation } from "../support/factories";

const PASSWORD = "correct horse battery staple";
let passwordHash: string;

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

async function createUser(overrides: { disabledAt?: Date } = {}) {
  const prisma = await getPrisma();
  return prisma.user.create({
    data: {
      email: `person-${randomUUID()}@example.org`,
      name: "Test Person",
      passwordHash,
      ...overrides,
    },
  });
}

const fromAddress = () => ({
  ipAddress: `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

async function auditActions(email: string) {
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({
    where: { actorEmail: email },
    orderBy: { occurredAt: "asc" },
  });
  return events.map((event) => event.action);
}

describe("signing in with email and password", () => {
  it("accepts the right password, whatever the email's case, and audits it", async () => {
    const user = await createUser();

    const signedIn = await authenticate(
      { email: user.email.toUpperCase(), password: PASSWORD },
      fromAddress(),
    );

    expect(signedIn).toEqual({
      id: user.id,
      email: user.email,
      name: "Test Person",
      sessionVersion: 0,
    });
    expect(await auditActions(user.email)).toEqual(["auth.sign_in"]);
  });

  it("refuses a wrong password, an unknown email and a disabled account alike, and audits each", async () => {
    const user = await createUser();
    const disabled = await createUser({ disabledAt: new Date() });

    expect(
      await authenticate({ email: user.email, password: "wrong password" }, fromAddress()),
    ).toBeNull();
    expect(
      await authenticate({ email: "nobody@example.org", password: PASSWORD }, fromAddress()),
    ).toBeNull();
    expect(
      await authenticate({ email: disabled.email, password: PASSWORD }, fromAddress()),
    ).toBeNull();
    expect(await authenticate({ email: "not an email", password: "" }, fromAddress())).toBeNull();

    expect(await auditActions(user.email)).toEqual(["auth.sign_in_failed"]);
    expect(await auditActions("nobody@example.org")).toEqual(["auth.sign_in_failed"]);
    expect(await auditActions(disabled.email)).toEqual(["auth.sign_in_disabled"]);
  });

  it("locks an account out after five failures, even with the right password then", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        await authenticate({ email: user.email, password: "guess" }, fromAddress()),
      ).toBeNull();
    }

    const attempt = authenticate({ email: user.email, password: PASSWORD }, fromAddress());

    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(
      authenticate({ email: user.email, password: PASSWORD }, fromAddress()),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
    });
    expect((await auditActions(user.email)).at(-1)).toBe("auth.sign_in_throttled");
  });

  it("limits failures from one address across accounts", async () => {
    const address = { ipAddress: "192.0.2.77" };
    for (let attempt = 0; attempt < 50; attempt++) {
      await authenticate({ email: `spray-${attempt}@example.org`, password: "guess" }, address);
    }
    const user = await createUser();

    await expect(
      authenticate({ email: user.email, password: PASSWORD }, address),
    ).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(
      await authenticate({ email: user.email, password: PASSWORD }, fromAddress()),
    ).not.toBeNull();
  });
});

describe("sessions", () => {
  const sessionOf = (user: { id: string; sessionVersion: number }, signedInAt = Date.now()) => ({
    userId: user.id,
    sessionVersion: user.sessionVersion,
    signedInAt,
  });

  it("speak for the user while the account and session version hold", async () => {
    const user = await createUser();

    expect(await resolveActor(sessionOf(user))).toMatchObject({
      userId: user.id,
      role: "USER",
      memberships: [],
    });
  });

  it("bring the memberships and the count of unread notifications in the same lookup", async () => {
    const prisma = await getPrisma();
    const user = await createUser();
    const [first, second] = [await createOrganisation(prisma), await createOrganisation(prisma)];
    await prisma.membership.createMany({
      data: [
        { userId: user.id, organisationId: first.id, role: "ORG_ADMIN" },
        { userId: user.id, organisationId: second.id, role: "MEMBER" },
      ],
    });
    const note = { userId: user.id, kind: "test", title: "A note", body: "", href: "/" };
    await prisma.notification.createMany({
      data: [
        { ...note, dedupeKey: "a" },
        { ...note, dedupeKey: "b" },
        { ...note, dedupeKey: "c", readAt: new Date() },
      ],
    });

    const signedIn = await resolveSignedIn(sessionOf(user));

    expect(signedIn?.unreadNotifications).toBe(2);
    expect(signedIn?.actor.memberships).toEqual(
      expect.arrayContaining([
        { organisationId: first.id, role: "ORG_ADMIN" },
        { organisationId: second.id, role: "MEMBER" },
      ]),
    );
    expect(signedIn?.actor.memberships).toHaveLength(2);
    expect(await resolveSignedIn({ ...sessionOf(user), userId: "not-an-id" })).toBeNull();
  });

  it("stop working after sign-out, once disabled, and 12 hours after signing in", async () => {
    const prisma = await getPrisma();
    const signedOut = await createUser();
    const session = sessionOf(signedOut);
    await endAllSessions(signedOut.id);
    expect(await resolveActor(session)).toBeNull();
    expect(await auditActions(signedOut.email)).toEqual(["auth.sign_out"]);

    const disabled = await createUser();
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    expect(await resolveActor(sessionOf(disabled))).toBeNull();

    const old = await createUser();
    expect(await resolveActor(sessionOf(old, Date.now() - 12 * 60 * 60 * 1000 - 1))).toBeNull();
  });
});
