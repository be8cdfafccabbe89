import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { authenticate } from "@/lib/auth/authenticate";
import { resolveActor } from "@/lib/auth/get-actor";
import { hashToken } from "@/lib/auth/one-time-token";
import { getPrisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { findPasswordResetByToken } from "@/lib/password-reset/find-reset-by-token";
import { requestPasswordReset } from "@/lib/password-reset/request-password-reset";
import { resetPassword } from "@/lib/password-reset/reset-password";

import { dataFingerprint } from "./access-matrix/data-fingerprint";
import { createUser } from "../support/factories";
import { latestEmailTo, linkTokenSentTo } from "../support/outbox";

const OLD_PASSWORD = "the old reset-test password";
const NEW_PASSWORD = "the new reset-test passphrase";
const choose = (password = NEW_PASSWORD) => ({
  newPassword: password,
  confirmNewPassword: password,
});
// Each test asks from its own address, so the per-address limit of one does not touch another.
const from = () => ({ requestId: "reset-test", ipAddress: `10.2.${randomUUID().slice(0, 4)}` });

async function refusal(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function person(overrides: { disabled?: boolean } = {}) {
  return createUser(await getPrisma(), { password: OLD_PASSWORD, ...overrides });
}

async function auditOf(email: string) {
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({
    where: { actorEmail: email },
    orderBy: { occurredAt: "asc" },
  });
  return events.map((event) => ({ action: event.action, after: event.after }));
}

describe("asking for a password reset", () => {
  it("emails an account a one-time link that lasts an hour, keeping only its hash", async () => {
    const prisma = await getPrisma();
    const user = await person();
    const { delivery } = await requestPasswordReset(
      { email: ` ${user.email.toUpperCase()} ` },
      from(),
    );
    await delivery;

    const message = await latestEmailTo(user.email);
    expect(message.subject).toBe("Choose a new password for Coalition");
    const token = await linkTokenSentTo(user.email, "reset-password");
    const reset = await prisma.passwordReset.findFirstOrThrow({
      where: { userId: user.id },
      omit: { tokenHash: false },
    });
    expect(reset.tokenHash).toBe(hashToken(token));
    expect(reset.usedAt).toBeNull();
    const minutes = (reset.expiresAt.getTime() - reset.createdAt.getTime()) / 60_000;
    expect(minutes).toBeCloseTo(60, 1);
    expect((await auditOf(user.email)).map((event) => event.action)).toEqual([
      "password_reset.requested",
    ]);
  });

  it("answers the same for an unknown email and a disabled account, and sends them nothing", async () => {
    const prisma = await getPrisma();
    const disabled = await person({ disabled: true });
    const unknown = `nobody-${randomUUID().slice(0, 8)}@example.org`;
    const messagesBefore = await prisma.outboxMessage.count();

    for (const email of [unknown, disabled.email]) {
      const answer = await requestPasswordReset({ email }, from());
      expect(Object.keys(answer)).toEqual(["delivery"]);
      await answer.delivery;
    }

    expect(await prisma.outboxMessage.count()).toBe(messagesBefore);
    expect(await prisma.passwordReset.count({ where: { userId: disabled.id } })).toBe(0);
    expect(await auditOf(unknown)).toEqual([
      { action: "password_reset.requested", after: { outcome: "no_account" } },
    ]);
    expect(await auditOf(disabled.email)).toEqual([
      { action: "password_reset.requested", after: { outcome: "account_disabled" } },
    ]);
  });

  it("limits requests per email, whether or not it has an account", async () => {
    const prisma = await getPrisma();
    for (const email of [(await person()).email, `nobody-${randomUUID()}@example.org`]) {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        await requestPasswordReset({ email }, from());
      }
      const before = await prisma.outboxMessage.count();
      const refused = await refusal(requestPasswordReset({ email }, from()));
      expect(refused.code).toBe("RATE_LIMITED");
      expect(await prisma.outboxMessage.count()).toBe(before);
      expect((await auditOf(email)).at(-1)?.action).toBe("password_reset.throttled");
    }
  });

  it("limits requests per IP address", async () => {
    const address = from();
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await requestPasswordReset(
        { email: `probe-${attempt}-${randomUUID()}@example.org` },
        address,
      );
    }
    const user = await person();
    const refused = await refusal(requestPasswordReset({ email: user.email }, address));
    expect(refused.code).toBe("RATE_LIMITED");
    expect(await (await getPrisma()).passwordReset.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("choosing a new password through the link", () => {
  async function linkFor(user: { email: string }) {
    await requestPasswordReset({ email: user.email }, from());
    return linkTokenSentTo(user.email, "reset-password");
  }

  it("sets the password, ends older sessions and uses up the link", async () => {
    const prisma = await getPrisma();
    const user = await person();
    const session = {
      userId: user.id,
      sessionVersion: user.sessionVersion,
      signedInAt: Date.now(),
    };
    expect(await resolveActor(session)).not.toBeNull();
    const token = await linkFor(user);

    await resetPassword(token, choose(), from());

    expect(await resolveActor(session)).toBeNull();
    const address = { ipAddress: "10.2.9.9" };
    expect(
      await authenticate({ email: user.email, password: NEW_PASSWORD }, address),
    ).toMatchObject({ id: user.id });
    expect(await authenticate({ email: user.email, password: OLD_PASSWORD }, address)).toBeNull();
    const reset = await prisma.passwordReset.findFirstOrThrow({ where: { userId: user.id } });
    expect(reset.usedAt).not.toBeNull();
    expect((await auditOf(user.email)).map((event) => event.action)).toContain(
      "password_reset.completed",
    );

    const before = await dataFingerprint();
    const again = await refusal(resetPassword(token, choose("yet another passphrase")));
    expect(again.message).toMatch(/already been used/);
    expect(await dataFingerprint()).toBe(before);
  });

  it("uses up the account's other links too", async () => {
    const user = await person();
    const first = await linkFor(user);
    const second = await linkFor(user);
    await resetPassword(second, choose(), from());
    expect((await findPasswordResetByToken(first)).state).toBe("used");
  });

  it("refuses an expired link, an unknown one and a common password, changing nothing", async () => {
    const prisma = await getPrisma();
    const user = await person();
    const token = await linkFor(user);
    const before = await dataFingerprint();

    const common = await refusal(resetPassword(token, choose("password123")));
    expect(common.fieldErrors?.newPassword?.[0]).toMatch(/too common/);
    const unknown = await refusal(resetPassword("y".repeat(43), choose()));
    expect(unknown.code).toBe("NOT_FOUND");
    expect(await dataFingerprint()).toBe(before);

    await prisma.passwordReset.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expiredBefore = await dataFingerprint();
    const expired = await refusal(resetPassword(token, choose()));
    expect(expired.message).toMatch(/expired/);
    expect(await dataFingerprint()).toBe(expiredBefore);
  });

  it("refuses the link of an account disabled since it was sent", async () => {
    const prisma = await getPrisma();
    const user = await person();
    const token = await linkFor(user);
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    const before = await dataFingerprint();
    await refusal(resetPassword(token, choose()));
    expect(await dataFingerprint()).toBe(before);
  });
});
