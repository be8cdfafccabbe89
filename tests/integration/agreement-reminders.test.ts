import { beforeEach, describe, expect, it } from "vitest";

import { expireAgreements } from "@/lib/agreements/expiry";
import { sendAgreementReminders } from "@/lib/agreements/reminders";
import { getPrisma } from "@/lib/db/client";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

import { insertAgreement } from "../support/agreement-factories";
import { createOrganisation, createUser } from "../support/factories";

const DAY_MS = 24 * 60 * 60 * 1000;
// Far in the future, so no other test file's agreements fall due on the same days.
const now = new Date("2031-03-10T06:00:00Z");
const day = (days: number) => new Date(Date.UTC(2031, 2, 10) + days * DAY_MS);

let hospital: { id: string };
let practice: { id: string };
let signatory: { id: string; email: string };
let leadEmail: string;

beforeEach(async () => {
  const prisma = await getPrisma();
  // Leave earlier tests' reminders out of each count: a clean slate of agreements in this window.
  await prisma.agreement.deleteMany({ where: { reviewDate: { gte: day(-400) } } });
  hospital = await createOrganisation(prisma, { type: "ACUTE_TRUST" });
  practice = await createOrganisation(prisma);
  signatory = await createUser(prisma, {
    memberships: [{ organisationId: practice.id, role: "IG_LEAD" }],
  });
  leadEmail = (await createUser(prisma, { role: "PROGRAMME_LEAD" })).email;
});

const agreementDue = (
  reviewIn: number,
  endIn: number | null = 400,
  status: AgreementStatus = "ACTIVE",
) =>
  getPrisma().then((prisma) =>
    insertAgreement(prisma, {
      status,
      parties: [
        { organisationId: hospital.id },
        { organisationId: practice.id, signatoryId: signatory.id },
      ],
      reviewDate: day(reviewIn),
      endDate: endIn === null ? null : day(endIn),
    }),
  );

const emailsAbout = async (reference: string) =>
  (await getPrisma()).outboxMessage.findMany({
    where: { subject: { contains: reference } },
    select: { toAddress: true, subject: true, body: true },
  });

describe("agreement reminders", () => {
  it("reminds the signatories and the leads 90 and 30 days before review, and once expired", async () => {
    const in90 = await agreementDue(80);
    const in30 = await agreementDue(20);
    const notYet = await agreementDue(120);
    const ended = await agreementDue(-100, -2);

    const result = await sendAgreementReminders(await getPrisma(), now);
    expect(result.sent).toBe(3);

    const to90 = await emailsAbout(in90.reference);
    expect(to90.map((email) => email.toAddress)).toEqual(
      expect.arrayContaining([signatory.email, leadEmail]),
    );
    expect(to90[0]?.subject).toBe(`Data sharing agreement ${in90.reference} is due for review`);
    expect(to90[0]?.body).toContain("in 80 days");
    // And in the app: the signatory's bell leads to the agreement.
    const inApp = await (
      await getPrisma()
    ).notification.findMany({
      where: { userId: signatory.id },
      select: { href: true, title: true },
    });
    expect(inApp).toEqual(
      expect.arrayContaining([
        {
          href: `/agreements/${in90.id}`,
          title: `Data sharing agreement ${in90.reference} is due for review`,
        },
      ]),
    );
    expect((await emailsAbout(in30.reference)).length).toBeGreaterThanOrEqual(2);
    expect(await emailsAbout(notYet.reference)).toEqual([]);
    expect((await emailsAbout(ended.reference))[0]?.subject).toBe(
      `Data sharing agreement ${ended.reference} has expired`,
    );

    const kinds = await (
      await getPrisma()
    ).agreementReminder.findMany({
      where: { agreementId: { in: [in90.id, in30.id, ended.id] } },
      select: { agreementId: true, kind: true },
    });
    expect(kinds).toEqual(
      expect.arrayContaining([
        { agreementId: in90.id, kind: "REVIEW_IN_90_DAYS" },
        { agreementId: in30.id, kind: "REVIEW_IN_30_DAYS" },
        { agreementId: ended.id, kind: "EXPIRED" },
      ]),
    );
  });

  it("sends nothing more on a second run, nor when two runs race", async () => {
    const agreement = await agreementDue(25);
    const prisma = await getPrisma();
    const [first, second] = await Promise.all([
      sendAgreementReminders(prisma, now),
      sendAgreementReminders(prisma, now),
    ]);
    expect(first.sent + second.sent).toBe(1);
    const emails = (await emailsAbout(agreement.reference)).length;
    expect(emails).toBeGreaterThanOrEqual(2);

    expect((await sendAgreementReminders(prisma, new Date(now.getTime() + 3600_000))).sent).toBe(0);
    expect((await emailsAbout(agreement.reference)).length).toBe(emails);
  });

  it("reminds again for a moved review date", async () => {
    const agreement = await agreementDue(25);
    const prisma = await getPrisma();
    await sendAgreementReminders(prisma, now);
    await prisma.agreement.update({ where: { id: agreement.id }, data: { reviewDate: day(28) } });
    expect((await sendAgreementReminders(prisma, now)).sent).toBe(1);
  });
});

describe("agreement expiry", () => {
  it("expires agreements past their end date and marks active ones past review as due", async () => {
    const prisma = await getPrisma();
    const ended = await agreementDue(-100, -1);
    const review = await agreementDue(-3, 200);
    const fine = await agreementDue(30, 200);
    const draft = await agreementDue(-3, -1, "DRAFT");

    const [first, second] = await Promise.all([
      expireAgreements(prisma, now),
      expireAgreements(prisma, now),
    ]);
    expect(first.expired + second.expired).toBe(1);
    expect(first.reviewDue + second.reviewDue).toBe(1);

    const statuses = Object.fromEntries(
      (
        await prisma.agreement.findMany({
          where: { id: { in: [ended.id, review.id, fine.id, draft.id] } },
          select: { id: true, status: true },
        })
      ).map((row) => [row.id, row.status]),
    );
    expect(statuses).toEqual({
      [ended.id]: "EXPIRED",
      [review.id]: "REVIEW_DUE",
      [fine.id]: "ACTIVE",
      [draft.id]: "DRAFT",
    });
    const audit = await prisma.auditEvent.findMany({
      where: { entityId: { in: [ended.id, review.id] } },
      select: { action: true, entityId: true, after: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "agreement.expired", entityId: ended.id, after: { status: "EXPIRED" } },
        { action: "agreement.review_due", entityId: review.id, after: { status: "REVIEW_DUE" } },
      ]),
    );
    expect(audit).toHaveLength(2);
  });
});
