import { beforeAll, describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { createCommitment } from "@/lib/commitments/create-commitment";
import { markOverdueAtRisk, sendCommitmentReminders } from "@/lib/commitments/daily";
import { getCommitment } from "@/lib/commitments/get-commitment";
import { listCommitments } from "@/lib/commitments/list-commitments";
import { commitmentsQuerySchema } from "@/lib/commitments/schemas";
import { updateCommitment } from "@/lib/commitments/update-commitment";
import { getPrisma } from "@/lib/db/client";
import { submitAssessment } from "@/lib/maturity/assessments/submit-assessment";

import { adminOf, memberOf } from "../support/actors";
import { createOrganisation, createUser } from "../support/factories";
import { answerQuestions, createFramework, createRound } from "../support/maturity-factories";
import { asActor } from "../support/people-factories";

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (offset: number, from = new Date()) =>
  new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()) + offset * DAY_MS)
    .toISOString()
    .slice(0, 10);

let organisation: { id: string };
let other: { id: string };
let lead: Actor;
let admin: Actor;
let owner: { id: string };
let outsider: { id: string };

beforeAll(async () => {
  const prisma = await getPrisma();
  organisation = await createOrganisation(prisma);
  other = await createOrganisation(prisma);
  lead = asActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));
  admin = asActor(
    await createUser(prisma, {
      memberships: [{ organisationId: organisation.id, role: "ORG_ADMIN" }],
    }),
  );
  owner = await createUser(prisma, {
    memberships: [{ organisationId: organisation.id, role: "MEMBER" }],
  });
  outsider = await createUser(prisma, {
    memberships: [{ organisationId: other.id, role: "MEMBER" }],
  });
});

const input = (overrides: Record<string, unknown> = {}) => ({
  title: "Complete the maturity round",
  description: "",
  ownerId: owner.id,
  dueOn: isoDay(30),
  status: "OPEN",
  link: "",
  ...overrides,
});

const statusOf = async (id: string) =>
  (await (await getPrisma()).commitment.findUniqueOrThrow({ where: { id } })).status;

async function assessmentFor(organisationId: string) {
  const prisma = await getPrisma();
  const framework = await createFramework(prisma, { dimensions: 1, questions: 1 });
  const round = await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [organisationId],
  });
  return { assessmentId: round.assessments[0]!.id, questionIds: framework.questionIds };
}

describe("commitments", () => {
  it("a commitment linked to an assessment closes when the organisation submits it", async () => {
    const { assessmentId, questionIds } = await assessmentFor(organisation.id);
    const { id } = await createCommitment(
      admin,
      organisation.id,
      input({ link: `assessment:${assessmentId}` }),
    );
    expect(await statusOf(id)).toBe("OPEN");

    const prisma = await getPrisma();
    await answerQuestions(prisma, assessmentId, questionIds, () => 3);
    await submitAssessment(admin, assessmentId, { version: 1 });

    const closed = await prisma.commitment.findUniqueOrThrow({ where: { id } });
    expect(closed.status).toBe("DONE");
    expect(closed.completedAt).not.toBeNull();
    expect(
      await prisma.auditEvent.count({
        where: { action: "commitment.status_followed", entityId: id },
      }),
    ).toBe(1);
  });

  it("follows the record whatever the form says, and starts done when the record already is", async () => {
    const { assessmentId } = await assessmentFor(organisation.id);
    const prisma = await getPrisma();
    await prisma.assessment.update({ where: { id: assessmentId }, data: { status: "VALIDATED" } });
    const { id } = await createCommitment(
      lead,
      organisation.id,
      input({ status: "IN_PROGRESS", link: `assessment:${assessmentId}` }),
    );
    expect(await statusOf(id)).toBe("DONE");
    await updateCommitment(
      lead,
      id,
      1,
      input({ status: "OPEN", link: `assessment:${assessmentId}` }),
    );
    expect(await statusOf(id)).toBe("DONE");
  });

  it("refuses an owner or a record from outside the organisation, and bad input, writing nothing", async () => {
    const { assessmentId } = await assessmentFor(other.id);
    const prisma = await getPrisma();
    const before = await prisma.commitment.count();
    await expect(
      createCommitment(lead, organisation.id, input({ ownerId: outsider.id })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { ownerId: [expect.any(String)] } });
    await expect(
      createCommitment(lead, organisation.id, input({ link: `assessment:${assessmentId}` })),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { link: [expect.any(String)] } });
    await expect(
      createCommitment(lead, organisation.id, input({ title: " ", dueOn: "2026-02-30" })),
    ).rejects.toMatchObject({ name: "ZodError" });
    expect(await prisma.commitment.count()).toBe(before);
  });

  it("lets leads and the organisation's admins record and change them; members only read; others see nothing", async () => {
    const { id } = await createCommitment(lead, organisation.id, input({ title: "Sign the DSA" }));
    await expect(
      createCommitment(adminOf(other.id), organisation.id, input()),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createCommitment(memberOf(organisation.id), organisation.id, input()),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateCommitment(memberOf(organisation.id), id, 1, input())).rejects.toMatchObject(
      { code: "FORBIDDEN" },
    );
    await expect(updateCommitment(adminOf(other.id), id, 1, input())).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await updateCommitment(
      admin,
      id,
      1,
      input({ title: "Sign the DSA by March", status: "IN_PROGRESS" }),
    );
    await expect(updateCommitment(admin, id, 1, input())).rejects.toMatchObject({
      code: "CONFLICT",
    });

    expect((await getCommitment(memberOf(organisation.id), id))?.title).toBe(
      "Sign the DSA by March",
    );
    expect(await getCommitment(adminOf(other.id), id)).toBeNull();
    const listed = await listCommitments(
      adminOf(other.id),
      commitmentsQuerySchema.parse({ organisation: organisation.id }),
    );
    expect(listed.total).toBe(0);
  });

  it("turns overdue commitments at risk once, even with two schedulers, and leaves kept ones", async () => {
    const prisma = await getPrisma();
    const overdue = await prisma.commitment.create({
      data: { organisationId: organisation.id, title: "Late", dueOn: new Date(isoDay(-2)) },
    });
    const kept = await prisma.commitment.create({
      data: {
        organisationId: organisation.id,
        title: "Kept",
        dueOn: new Date(isoDay(-2)),
        status: "DONE",
      },
    });
    const [first, second] = await Promise.all([
      markOverdueAtRisk(prisma, new Date()),
      markOverdueAtRisk(prisma, new Date()),
    ]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect(await statusOf(overdue.id)).toBe("AT_RISK");
    expect(await statusOf(kept.id)).toBe("DONE");
    expect(
      await prisma.auditEvent.count({
        where: { action: "commitment.at_risk", entityId: overdue.id },
      }),
    ).toBe(1);
    const list = await listCommitments(
      lead,
      commitmentsQuerySchema.parse({ organisation: organisation.id, overdue: "yes" }),
    );
    expect(list.rows.map((row) => row.title)).toEqual(["Late"]);
  });

  it("reminds the owner and the organisation's admins 14 and 3 days ahead and once overdue, once each", async () => {
    const prisma = await getPrisma();
    // A day of its own, far ahead, so other tests' commitments are not due around it.
    const now = new Date("2033-05-10T07:45:00Z");
    const place = await createOrganisation(prisma);
    const placeAdmin = await createUser(prisma, {
      memberships: [{ organisationId: place.id, role: "ORG_ADMIN" }],
    });
    const placeOwner = await createUser(prisma, {
      memberships: [{ organisationId: place.id, role: "MEMBER" }],
    });
    const make = (title: string, offset: number) =>
      prisma.commitment.create({
        data: {
          organisationId: place.id,
          title,
          ownerId: placeOwner.id,
          dueOn: new Date(isoDay(offset, now)),
        },
      });
    const in14 = await make("In fourteen days", 14);
    const in3 = await make("In three days", 3);
    const late = await make("A day late", -1);
    const notYet = await make("In a month", 30);

    const [first, second] = await Promise.all([
      sendCommitmentReminders(prisma, now),
      sendCommitmentReminders(prisma, now),
    ]);
    expect(first.sent + second.sent).toBe(3);
    const notifications = await prisma.notification.findMany({
      where: { userId: { in: [placeAdmin.id, placeOwner.id] } },
      select: { userId: true, href: true, kind: true },
    });
    const about = (id: string) => notifications.filter((n) => n.href === `/commitments/${id}`);
    expect(about(in14.id)).toHaveLength(2);
    expect(about(in3.id)).toHaveLength(2);
    expect(about(late.id).map((n) => n.kind)).toEqual(["commitment.overdue", "commitment.overdue"]);
    expect(about(notYet.id)).toHaveLength(0);
    const emails = await prisma.outboxMessage.count({
      where: { toAddress: { in: [placeAdmin.email, placeOwner.email] } },
    });
    expect(emails).toBe(6);

    expect((await sendCommitmentReminders(prisma, now)).sent).toBe(0);
    expect(
      await prisma.outboxMessage.count({
        where: { toAddress: { in: [placeAdmin.email, placeOwner.email] } },
      }),
    ).toBe(6);
  });
});
