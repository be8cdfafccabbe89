import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { getPrisma } from "@/lib/db/client";
import {
  clearDeadLinks,
  clearExpiredRateLimits,
  clearOutboxLinks,
} from "@/lib/jobs/housekeeping/clear-expired-records";
import { jobRegistry } from "@/lib/jobs/registry";

import { createOrganisation, createPlace, createUser } from "../support/factories";

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date("2026-06-15T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS);

describe("housekeeping jobs", () => {
  it("are registered under the names the jobs page shows", () => {
    expect(jobRegistry.map((job) => job.name)).toEqual(
      expect.arrayContaining([
        "housekeeping.rate_limits",
        "housekeeping.dead_links",
        "housekeeping.outbox_links",
      ]),
    );
  });

  it("remove rate limit counts whose window has passed, and keep the others", async () => {
    const db = await getPrisma();
    const prefix = randomUUID();
    await db.rateLimit.createMany({
      data: [
        { key: `${prefix}:old`, points: 3, expire: new Date(NOW.getTime() - 1000) },
        { key: `${prefix}:live`, points: 1, expire: new Date(NOW.getTime() + 60_000) },
      ],
    });

    expect(await clearExpiredRateLimits(db, NOW)).toMatch(/^Removed \d+ expired rate limit/);

    const left = await db.rateLimit.findMany({ where: { key: { startsWith: prefix } } });
    expect(left.map((row) => row.key)).toEqual([`${prefix}:live`]);
  });

  it("remove dead invitations and reset links after their time, keeping accepted and live ones", async () => {
    const db = await getPrisma();
    const place = await createPlace(db);
    const organisation = await createOrganisation(db, { placeId: place.id });
    const person = await createUser(db);
    const invitation = (label: string, fields: Record<string, Date | null>) =>
      db.invitation.create({
        data: {
          userId: person.id,
          organisationId: organisation.id,
          role: "MEMBER",
          tokenHash: `${label}-${randomUUID()}`,
          expiresAt: daysAgo(0),
          ...fields,
        },
      });
    const longExpired = await invitation("long-expired", { expiresAt: daysAgo(31) });
    const longRevoked = await invitation("long-revoked", { revokedAt: daysAgo(40) });
    const recentlyExpired = await invitation("recent", { expiresAt: daysAgo(2) });
    const accepted = await invitation("accepted", {
      expiresAt: daysAgo(90),
      acceptedAt: daysAgo(95),
    });
    const reset = (expiresAt: Date, usedAt: Date | null = null) =>
      db.passwordReset.create({
        data: { userId: person.id, tokenHash: randomUUID(), expiresAt, usedAt },
      });
    const oldReset = await reset(daysAgo(2));
    const usedReset = await reset(new Date(NOW.getTime() + 3600_000), daysAgo(3));
    const liveReset = await reset(new Date(NOW.getTime() + 3600_000));

    await clearDeadLinks(db, NOW);

    const invitations = await db.invitation.findMany({ where: { userId: person.id } });
    expect(invitations.map((row) => row.id).sort()).toEqual(
      [recentlyExpired.id, accepted.id].sort(),
    );
    expect(invitations.map((row) => row.id)).not.toContain(longExpired.id);
    expect(invitations.map((row) => row.id)).not.toContain(longRevoked.id);
    const resets = await db.passwordReset.findMany({ where: { userId: person.id } });
    expect(resets.map((row) => row.id)).toEqual([liveReset.id]);
    expect([oldReset.id, usedReset.id]).not.toContain(resets[0]?.id);
  });

  it("clear the links of sent emails and of emails older than any link lives, and keep live ones", async () => {
    const db = await getPrisma();
    const to = `${randomUUID()}@example.org`;
    const email = (createdAt: Date, sentAt: Date | null) =>
      db.outboxMessage.create({
        data: { toAddress: to, subject: "A link", body: "[link]", link: "/x", createdAt, sentAt },
      });
    const sent = await email(daysAgo(1), daysAgo(1));
    const old = await email(daysAgo(8), null);
    const live = await email(daysAgo(1), null);

    await clearOutboxLinks(db, NOW);

    const links = Object.fromEntries(
      (await db.outboxMessage.findMany({ where: { toAddress: to } })).map((row) => [
        row.id,
        row.link,
      ]),
    );
    expect(links).toEqual({ [sent.id]: null, [old.id]: null, [live.id]: "/x" });
  });
});
