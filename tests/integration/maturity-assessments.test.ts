import { beforeEach, describe, expect, it } from "vitest";
import { ZodError } from "zod";

import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/client";
import type { AppError } from "@/lib/errors";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { assignSection } from "@/lib/maturity/assessments/assign-section";
import { getAssessment } from "@/lib/maturity/assessments/get-assessment";
import { getAssessmentDimension } from "@/lib/maturity/assessments/get-dimension";
import { listInTray } from "@/lib/maturity/assessments/list-in-tray";
import { returnAssessment, validateAssessment } from "@/lib/maturity/assessments/review-assessment";
import { saveAnswer, saveAnswers } from "@/lib/maturity/assessments/save-answer";
import { submitAssessment } from "@/lib/maturity/assessments/submit-assessment";
import { readFrameworkContent } from "@/lib/maturity/framework-content";
import { getRound } from "@/lib/maturity/rounds/get-round";
import { listRounds } from "@/lib/maturity/rounds/list-rounds";
import { openRound } from "@/lib/maturity/rounds/open-round";
import { roundPhase } from "@/lib/maturity/rounds/phase";
import { updateRound } from "@/lib/maturity/rounds/update-round";
import {
  MATURITY_PAGE_SIZE,
  maturityLandingQuerySchema,
  roundAssessmentsQuerySchema,
} from "@/lib/maturity/schemas";
import { scoreAssessment } from "@/lib/maturity/scores";

import { createOrganisation, createPlace, createUser } from "../support/factories";
import {
  answerQuestions,
  createFramework,
  createRound,
  type FrameworkFixture,
} from "../support/maturity-factories";

type User = Awaited<ReturnType<typeof createUser>>;
const toActor = (user: User): Actor => ({
  userId: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  memberships: user.memberships,
});

const day = (offset: number) => {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
};

let organisationA: { id: string; type: OrganisationType };
let organisationB: { id: string };
let admin: Actor;
let member: Actor;
let adminOfB: Actor;
let lead: Actor;
let framework: FrameworkFixture;

beforeEach(async () => {
  const prisma = await getPrisma();
  const place = await createPlace(prisma);
  organisationA = await createOrganisation(prisma, { placeId: place.id, type: "CARE_HOME" });
  organisationB = await createOrganisation(prisma, { placeId: place.id, type: "CARE_HOME" });
  admin = toActor(
    await createUser(prisma, {
      name: "Ada Admin",
      memberships: [{ organisationId: organisationA.id, role: "ORG_ADMIN" }],
    }),
  );
  member = toActor(
    await createUser(prisma, {
      name: "Mo Member",
      memberships: [{ organisationId: organisationA.id, role: "MEMBER" }],
    }),
  );
  adminOfB = toActor(
    await createUser(prisma, {
      memberships: [{ organisationId: organisationB.id, role: "ORG_ADMIN" }],
    }),
  );
  lead = toActor(await createUser(prisma, { role: "PROGRAMME_LEAD" }));
  framework = await createFramework(prisma, { dimensions: 2, questions: 2 });
});

/** A round over the framework for organisation A (and B), open today unless told otherwise. */
async function roundForA(options: { opensInDays?: number; closesInDays?: number } = {}) {
  const round = await createRound(await getPrisma(), {
    versionId: framework.versionId,
    organisationIds: [organisationA.id, organisationB.id],
    ...options,
  });
  const assessmentId = round.assessments.find(
    (assessment) => assessment.organisationId === organisationA.id,
  )!.id;
  return { roundId: round.id, assessmentId };
}

const rowsOf = async (assessmentId: string) => {
  const prisma = await getPrisma();
  const [assessment, answers, scores, assignments] = await Promise.all([
    prisma.assessment.findUniqueOrThrow({ where: { id: assessmentId } }),
    prisma.assessmentAnswer.findMany({ where: { assessmentId }, orderBy: { questionId: "asc" } }),
    prisma.assessmentScore.findMany({ where: { assessmentId }, orderBy: { dimensionId: "asc" } }),
    prisma.sectionAssignment.findMany({ where: { assessmentId } }),
  ]);
  return { assessment, answers, scores, assignments };
};

const q = (dimension: number, question: number) =>
  framework.dimensions[dimension]!.questionIds[question]!;

async function answerEverything(assessmentId: string, levelOf: (index: number) => number) {
  await answerQuestions(await getPrisma(), assessmentId, framework.questionIds, (_, index) =>
    levelOf(index),
  );
}

describe("opening a round", () => {
  it("invites every active organisation of the types chosen and those named, on the newest version, audited", async () => {
    const prisma = await getPrisma();
    const hospice = await createOrganisation(prisma, { type: "HOSPICE" });
    const archivedHospice = await createOrganisation(prisma, { type: "HOSPICE" });
    await prisma.organisation.update({
      where: { id: archivedHospice.id },
      data: { archivedAt: new Date() },
    });
    const pharmacy = await createOrganisation(prisma, { type: "PHARMACY" });
    const newer = await prisma.frameworkVersion.create({
      data: { frameworkId: framework.frameworkId, number: 2 },
    });
    const dimension = await prisma.frameworkDimension.create({
      data: { versionId: newer.id, key: "dimension-1", name: "Dimension 1", position: 0 },
    });
    await prisma.frameworkQuestion.create({
      data: {
        versionId: newer.id,
        dimensionId: dimension.id,
        key: "q",
        text: "Question?",
        levels: ["1", "2", "3", "4", "5"],
        position: 0,
      },
    });

    const { id, invited } = await openRound(
      lead,
      {
        name: " 2026 Q4 ",
        frameworkId: framework.frameworkId,
        invitedTypes: ["HOSPICE"],
        organisationIds: [organisationA.id],
        opensOn: day(0),
        closesOn: day(30),
      },
      { requestId: "r-open" },
    );

    const round = await prisma.assessmentRound.findUniqueOrThrow({
      where: { id },
      include: { assessments: true },
    });
    expect(round).toMatchObject({
      name: "2026 Q4",
      frameworkVersionId: newer.id,
      invitedTypes: ["HOSPICE"],
      createdById: lead.userId,
    });
    const invitedIds = round.assessments.map((assessment) => assessment.organisationId);
    expect(invitedIds).toContain(hospice.id);
    expect(invitedIds).toContain(organisationA.id);
    expect(invitedIds).not.toContain(archivedHospice.id);
    expect(invitedIds).not.toContain(pharmacy.id);
    expect(invitedIds).not.toContain(organisationB.id);
    expect(invited).toBe(round.assessments.length);
    expect(round.assessments.every((assessment) => assessment.status === "NOT_STARTED")).toBe(true);
    expect(roundPhase(round)).toBe("open");
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id, action: "maturity_round.opened" },
    });
    expect(event).toMatchObject({ actorId: lead.userId, requestId: "r-open" });
    expect(event.after).toMatchObject({ frameworkVersion: 2, assessments: invited });
  });

  it("refuses an archived framework, an invitation of nobody and anyone but leads, creating nothing", async () => {
    const prisma = await getPrisma();
    const rounds = await prisma.assessmentRound.count();
    const input = {
      name: "2026 Q4",
      frameworkId: framework.frameworkId,
      invitedTypes: [],
      organisationIds: [organisationA.id],
      opensOn: day(0),
      closesOn: day(30),
    };
    for (const who of [admin, member, adminOfB]) {
      await expect(openRound(who, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }

    const archived = await createFramework(prisma, { dimensions: 1, questions: 1 });
    await prisma.maturityFramework.update({
      where: { id: archived.frameworkId },
      data: { archivedAt: new Date() },
    });
    await expect(
      openRound(lead, { ...input, frameworkId: archived.frameworkId }),
    ).rejects.toSatisfy(
      (error: AppError) =>
        error.code === "VALIDATION" && /archived/.test(error.fieldErrors?.frameworkId?.[0] ?? ""),
    );

    await prisma.organisation.update({
      where: { id: organisationA.id },
      data: { archivedAt: new Date() },
    });
    await expect(openRound(lead, input)).rejects.toSatisfy(
      (error: AppError) =>
        error.code === "VALIDATION" && Boolean(error.fieldErrors?.organisationIds),
    );
    // No organisation of the type at all.
    await expect(
      openRound(lead, { ...input, organisationIds: [], invitedTypes: ["AMBULANCE_TRUST"] }),
    ).rejects.toSatisfy(
      (error: AppError) => error.code === "VALIDATION" && Boolean(error.fieldErrors?.invitedTypes),
    );
    // Nothing chosen, and closing before opening: the form's rules.
    const invalid = await openRound(lead, {
      ...input,
      organisationIds: [],
      opensOn: day(5),
      closesOn: day(1),
    }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(ZodError);
    expect((invalid as ZodError).issues.map((issue) => issue.path[0]).sort()).toEqual([
      "closesOn",
      "invitedTypes",
    ]);
    expect(await prisma.assessmentRound.count()).toBe(rounds);
    expect(await prisma.assessment.count({ where: { organisationId: organisationA.id } })).toBe(0);
  });

  it("is upcoming before it opens, open to the end of its closing day, then closed", () => {
    const round = { opensOn: new Date("2026-12-01"), closesOn: new Date("2026-12-31") };
    expect(roundPhase(round, new Date("2026-11-30T23:59:59Z"))).toBe("upcoming");
    expect(roundPhase(round, new Date("2026-12-01T00:00:00Z"))).toBe("open");
    expect(roundPhase(round, new Date("2026-12-31T23:59:59Z"))).toBe("open");
    expect(roundPhase(round, new Date("2027-01-01T00:00:00Z"))).toBe("closed");
  });
});

describe("changing a round", () => {
  it("changes the name and dates at the version opened, and refuses a stale one", async () => {
    const { roundId } = await roundForA();
    const { version } = await updateRound(lead, roundId, {
      name: "Winter round",
      opensOn: day(-1),
      closesOn: day(60),
      version: 1,
    });
    expect(version).toBe(2);
    const prisma = await getPrisma();
    const round = await prisma.assessmentRound.findUniqueOrThrow({ where: { id: roundId } });
    expect(round).toMatchObject({ name: "Winter round", version: 2 });
    expect(round.closesOn.toISOString().slice(0, 10)).toBe(day(60));
    expect(
      await prisma.auditEvent.count({
        where: { entityId: roundId, action: "maturity_round.updated" },
      }),
    ).toBe(1);

    await expect(
      updateRound(lead, roundId, { name: "Stale", opensOn: day(0), closesOn: day(1), version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      updateRound(admin, roundId, { name: "Mine", opensOn: day(0), closesOn: day(1), version: 2 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await prisma.assessmentRound.findUniqueOrThrow({ where: { id: roundId } })).name).toBe(
      "Winter round",
    );
  });
});

describe("answering", () => {
  it("takes answers in any order, saves over earlier ones, starts the assessment and shows progress", async () => {
    const { assessmentId } = await roundForA();
    await saveAnswer(admin, assessmentId, { questionId: q(1, 1), level: "4" });
    await saveAnswer(admin, assessmentId, {
      questionId: q(0, 0),
      level: null,
      evidence: "Policy in draft",
    });
    await saveAnswer(admin, assessmentId, {
      questionId: q(0, 0),
      level: 2,
      evidence: "Policy agreed in May",
    });

    const { assessment, answers } = await rowsOf(assessmentId);
    expect(assessment.status).toBe("IN_PROGRESS");
    expect(answers).toHaveLength(2);
    expect(answers.find((answer) => answer.questionId === q(0, 0))).toMatchObject({
      level: 2,
      evidence: "Policy agreed in May",
      updatedById: admin.userId,
    });

    const overview = await getAssessment(admin, assessmentId);
    expect(overview?.answered).toBe(2);
    expect(overview?.questions).toBe(4);
    expect(
      overview?.dimensions.map((dimension) => [dimension.answered, dimension.questions]),
    ).toEqual([
      [1, 2],
      [1, 2],
    ]);
    const dimension = await getAssessmentDimension(
      admin,
      assessmentId,
      framework.dimensions[0]!.id,
    );
    expect(dimension?.readOnlyBecause).toBeNull();
    expect(dimension?.questions[0]?.answer).toMatchObject({ level: 2 });
    expect(dimension?.next?.id).toBe(framework.dimensions[1]!.id);
    expect(dimension?.previous).toBeNull();
  });

  it("saves a dimension's answers at once, or none of them when one is refused", async () => {
    const { assessmentId } = await roundForA();
    await saveAnswers(admin, assessmentId, [
      { questionId: q(0, 0), level: "5", evidence: "" },
      { questionId: q(0, 1), level: "", evidence: "" },
    ]);
    expect((await rowsOf(assessmentId)).answers.map((answer) => answer.level)).toEqual([5]);

    const before = await rowsOf(assessmentId);
    await expect(
      saveAnswers(admin, assessmentId, [
        { questionId: q(0, 0), level: "1" },
        { questionId: q(0, 1), level: "", notApplicable: true },
      ]),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await rowsOf(assessmentId)).toEqual(before);
  });

  it("refuses each kind of bad answer with a clear error, changing nothing", async () => {
    const prisma = await getPrisma();
    const { assessmentId } = await roundForA();
    await saveAnswer(admin, assessmentId, { questionId: q(0, 0), level: 3 });
    const other = await createFramework(prisma, { dimensions: 1, questions: 1 });
    const before = await rowsOf(assessmentId);
    const events = await prisma.auditEvent.count();

    // Outside the scale.
    for (const level of [0, 6, 2.5, "high"]) {
      const error = await saveAnswer(admin, assessmentId, { questionId: q(0, 0), level }).catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues[0]?.message).toBe("Choose a level from 1 to 5");
    }
    // Another organisation's assessment.
    await expect(
      saveAnswer(adminOfB, assessmentId, { questionId: q(0, 0), level: 1 }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // A question of another framework.
    await expect(
      saveAnswer(admin, assessmentId, { questionId: other.questionIds[0], level: 1 }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: "That question is not part of this assessment.",
    });
    // Not applicable where it is not allowed.
    await expect(
      saveAnswer(admin, assessmentId, { questionId: q(0, 0), level: null, notApplicable: true }),
    ).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { level: [expect.any(String)] } });
    // Leads review but do not answer.
    await expect(
      saveAnswer(lead, assessmentId, { questionId: q(0, 0), level: 1 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });

    expect(await rowsOf(assessmentId)).toEqual(before);
    expect(await prisma.auditEvent.count()).toBe(events);
  });

  it("asks only the questions that apply to the organisation's type", async () => {
    const prisma = await getPrisma();
    const question = q(1, 0);
    await prisma.frameworkQuestion.update({
      where: { id: question },
      data: { appliesTo: ["GP_PRACTICE"] },
    });
    const { assessmentId } = await roundForA();
    await expect(
      saveAnswer(admin, assessmentId, { questionId: question, level: 2 }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: "That question is not asked of a care home.",
    });
    const dimension = await getAssessmentDimension(
      admin,
      assessmentId,
      framework.dimensions[1]!.id,
    );
    expect(dimension?.questions.map((entry) => entry.id)).toEqual([q(1, 1)]);
    expect((await getAssessment(admin, assessmentId))?.questions).toBe(3);
    expect((await rowsOf(assessmentId)).answers).toEqual([]);
  });

  it("lets a member answer only the sections given to them", async () => {
    const { assessmentId } = await roundForA();
    await expect(
      saveAnswer(member, assessmentId, { questionId: q(0, 0), level: 2 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const unassigned = await getAssessmentDimension(
      member,
      assessmentId,
      framework.dimensions[0]!.id,
    );
    expect(unassigned?.readOnlyBecause).toMatch(/admins answer this section/);

    await assignSection(admin, assessmentId, {
      dimensionId: framework.dimensions[0]!.id,
      assigneeId: member.userId,
    });
    await saveAnswer(member, assessmentId, { questionId: q(0, 0), level: 2 });
    await expect(
      saveAnswer(member, assessmentId, { questionId: q(1, 0), level: 2 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { answers, assignments } = await rowsOf(assessmentId);
    expect(answers.map((answer) => [answer.questionId, answer.updatedById])).toEqual([
      [q(0, 0), member.userId],
    ]);
    expect(assignments).toHaveLength(1);
    const overview = await getAssessment(admin, assessmentId);
    expect(overview?.dimensions[0]?.assignee?.name).toBe("Mo Member");

    // Cleared: back to the admins.
    await assignSection(admin, assessmentId, {
      dimensionId: framework.dimensions[0]!.id,
      assigneeId: "",
    });
    await expect(
      saveAnswer(member, assessmentId, { questionId: q(0, 1), level: 2 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await (
        await getPrisma()
      ).auditEvent.count({
        where: { entityId: assessmentId, action: { startsWith: "maturity_assessment.section" } },
      }),
    ).toBe(2);
  });

  it("gives sections only to people of the same organisation, and only admins give them", async () => {
    const { assessmentId } = await roundForA();
    const dimensionId = framework.dimensions[0]!.id;
    await expect(
      assignSection(admin, assessmentId, { dimensionId, assigneeId: adminOfB.userId }),
    ).rejects.toSatisfy(
      (error: AppError) => error.code === "VALIDATION" && Boolean(error.fieldErrors?.assigneeId),
    );
    await expect(
      assignSection(member, assessmentId, { dimensionId, assigneeId: member.userId }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      assignSection(adminOfB, assessmentId, { dimensionId, assigneeId: adminOfB.userId }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await rowsOf(assessmentId)).assignments).toEqual([]);
  });

  it("keeps a returned assessment returned while it is answered again", async () => {
    const { assessmentId } = await roundForA();
    await answerEverything(assessmentId, () => 3);
    await submitAssessment(admin, assessmentId, { version: 1 });
    await returnAssessment(lead, assessmentId, { comment: "Check question 1", version: 2 });
    await saveAnswer(admin, assessmentId, { questionId: q(0, 0), level: 4 });
    expect((await rowsOf(assessmentId)).assessment.status).toBe("RETURNED");
  });
});

describe("submitting", () => {
  it("refuses an incomplete assessment with every missing question by dimension, changing nothing", async () => {
    const { assessmentId } = await roundForA();
    await saveAnswer(admin, assessmentId, { questionId: q(0, 0), level: 3 });
    const before = await rowsOf(assessmentId);

    const error = (await submitAssessment(admin, assessmentId, { version: 1 }).catch(
      (caught: unknown) => caught,
    )) as AppError;
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/3 questions have no answer/);
    expect(error.fieldErrors).toEqual({
      [framework.dimensions[0]!.id]: ["Question 2 of dimension 1?"],
      [framework.dimensions[1]!.id]: ["Question 1 of dimension 2?", "Question 2 of dimension 2?"],
    });
    expect(await rowsOf(assessmentId)).toEqual(before);
  });

  it("submits a complete one and keeps scores equal to the scoring function's", async () => {
    const prisma = await getPrisma();
    const { assessmentId } = await roundForA();
    await answerEverything(assessmentId, (index) => [1, 2, 4, 5][index]!);
    await expect(submitAssessment(member, assessmentId, { version: 1 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(submitAssessment(admin, assessmentId, { version: 9 })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    expect(await submitAssessment(admin, assessmentId, { version: 1 })).toEqual({ version: 2 });

    const { assessment, scores, answers } = await rowsOf(assessmentId);
    expect(assessment).toMatchObject({ status: "SUBMITTED", submittedById: admin.userId });
    expect(assessment.submittedAt).toBeInstanceOf(Date);
    const content = (await readFrameworkContent(prisma, framework.versionId))!;
    const expected = scoreAssessment({
      dimensions: content.dimensions,
      questions: content.questions,
      answers,
      organisationType: "CARE_HOME",
    });
    expect(scores.map((score) => [score.dimensionId, score.score]).sort()).toEqual(
      expected.dimensions.map((dimension) => [dimension.dimensionId, dimension.score]).sort(),
    );
    expect(expected.dimensions.map((dimension) => dimension.score)).toEqual([1.5, 4.5]);
    expect(
      await prisma.auditEvent.count({
        where: { entityId: assessmentId, action: "maturity_assessment.submitted" },
      }),
    ).toBe(1);

    // Submitted answers cannot change, nor can it be submitted twice.
    const after = await rowsOf(assessmentId);
    await expect(
      saveAnswer(admin, assessmentId, { questionId: q(0, 0), level: 5 }),
    ).rejects.toSatisfy(
      (error: AppError) =>
        error.code === "CONFLICT" && /^Submitted answers cannot be changed/.test(error.message),
    );
    await expect(submitAssessment(admin, assessmentId, { version: 2 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await rowsOf(assessmentId)).toEqual(after);
  });
});

describe("returning and validating", () => {
  async function submitted() {
    const ids = await roundForA();
    await answerEverything(ids.assessmentId, () => 2);
    await submitAssessment(admin, ids.assessmentId, { version: 1 });
    return ids;
  }

  it("tells the organisation to ask the lead, and the lead what they can do themselves", async () => {
    const { assessmentId } = await submitted();
    const asAdmin = await getAssessment(admin, assessmentId);
    expect(asAdmin?.lockedBecause).toMatch(/Ask the programme lead to return the assessment/);
    const asLead = await getAssessment(lead, assessmentId);
    expect(asLead?.lockedBecause).not.toMatch(/Ask the programme lead/);
    expect(asLead?.lockedBecause).toMatch(/Return the assessment with comments .* or validate it/);
    expect(asLead?.can).toMatchObject({ review: true, returnIt: true });

    const dimensionId = framework.dimensions[0]!.id;
    const sectionAsLead = await getAssessmentDimension(lead, assessmentId, dimensionId);
    expect(sectionAsLead?.readOnlyBecause).not.toMatch(/Ask the programme lead/);
    const sectionAsMember = await getAssessmentDimension(member, assessmentId, dimensionId);
    expect(sectionAsMember?.readOnlyBecause).toMatch(/Ask the programme lead/);
  });

  it("returns a submitted assessment with the lead's comments; the admin changes it and submits again", async () => {
    const { assessmentId } = await submitted();
    await expect(
      returnAssessment(lead, assessmentId, { comment: " ", version: 2 }),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      returnAssessment(admin, assessmentId, { comment: "Mine", version: 2 }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await rowsOf(assessmentId)).assessment.status).toBe("SUBMITTED");

    await returnAssessment(lead, assessmentId, { comment: "Evidence for 1.1?", version: 2 });
    let rows = await rowsOf(assessmentId);
    expect(rows.assessment).toMatchObject({
      status: "RETURNED",
      returnComment: "Evidence for 1.1?",
      version: 3,
    });
    expect(rows.scores).toEqual([]);
    const overview = await getAssessment(admin, assessmentId);
    expect(overview?.returnComment).toBe("Evidence for 1.1?");
    expect(overview?.can.submit).toBe(true);

    await saveAnswer(admin, assessmentId, { questionId: q(0, 0), level: 5, evidence: "Audit" });
    await submitAssessment(admin, assessmentId, { version: 3 });
    rows = await rowsOf(assessmentId);
    expect(rows.assessment.status).toBe("SUBMITTED");
    expect(
      rows.scores.find((score) => score.dimensionId === framework.dimensions[0]!.id)?.score,
    ).toBe(3.5);
  });

  it("validates only submitted assessments, and only leads do", async () => {
    const { assessmentId } = await submitted();
    await expect(validateAssessment(admin, assessmentId, { version: 2 })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await validateAssessment(lead, assessmentId, { version: 2 });
    const rows = await rowsOf(assessmentId);
    expect(rows.assessment.status).toBe("VALIDATED");
    expect(rows.assessment.validatedAt).toBeInstanceOf(Date);
    await expect(validateAssessment(lead, assessmentId, { version: 3 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      returnAssessment(lead, assessmentId, { comment: "Too late", version: 3 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rowsOf(assessmentId)).toEqual(rows);
  });

  it("refuses to return or validate what is not submitted, or at a stale version", async () => {
    const { assessmentId } = await roundForA();
    await expect(
      returnAssessment(lead, assessmentId, { comment: "Early", version: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(validateAssessment(lead, assessmentId, { version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await rowsOf(assessmentId)).assessment.status).toBe("NOT_STARTED");
  });
});

describe("a closed round", () => {
  it("keeps answers read-only and refuses submitting and returning, but can still validate", async () => {
    const prisma = await getPrisma();
    const { assessmentId, roundId } = await roundForA();
    await answerEverything(assessmentId, () => 4);
    await submitAssessment(admin, assessmentId, { version: 1 });
    const other = (
      await prisma.assessment.findFirstOrThrow({
        where: { roundId, organisationId: organisationB.id },
      })
    ).id;
    await prisma.assessmentRound.update({
      where: { id: roundId },
      data: {
        opensOn: new Date(`${day(-30)}T00:00:00Z`),
        closesOn: new Date(`${day(-1)}T00:00:00Z`),
      },
    });
    const adminB = adminOfB;
    const before = await rowsOf(other);

    await expect(saveAnswer(adminB, other, { questionId: q(0, 0), level: 3 })).rejects.toSatisfy(
      (error: AppError) =>
        error.code === "CONFLICT" &&
        /^The round closed on .+: answers are read-only\.$/.test(error.message),
    );
    await expect(submitAssessment(adminB, other, { version: 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      assignSection(adminB, other, {
        dimensionId: framework.dimensions[0]!.id,
        assigneeId: adminB.userId,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await rowsOf(other)).toEqual(before);
    const dimension = await getAssessmentDimension(adminB, other, framework.dimensions[0]!.id);
    expect(dimension?.readOnlyBecause).toMatch(/^The round closed on/);

    await expect(
      returnAssessment(lead, assessmentId, { comment: "Late", version: 2 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await validateAssessment(lead, assessmentId, { version: 2 });
    expect((await rowsOf(assessmentId)).assessment.status).toBe("VALIDATED");
  });

  it("takes no answers before it opens", async () => {
    const { assessmentId } = await roundForA({ opensInDays: 2, closesInDays: 9 });
    await expect(
      saveAnswer(admin, assessmentId, { questionId: q(0, 0), level: 3 }),
    ).rejects.toSatisfy(
      (error: AppError) => error.code === "CONFLICT" && /^The round opens on/.test(error.message),
    );
    expect((await rowsOf(assessmentId)).answers).toEqual([]);
  });
});

describe("who sees what", () => {
  it("shows the organisation's people their in-tray and leads the rounds with completion counts", async () => {
    const prisma = await getPrisma();
    const { assessmentId, roundId } = await roundForA();
    const past = await roundForA({ opensInDays: -60, closesInDays: -30 });
    await assignSection(admin, assessmentId, {
      dimensionId: framework.dimensions[1]!.id,
      assigneeId: member.userId,
    });
    await answerEverything(assessmentId, () => 3);
    await submitAssessment(admin, assessmentId, { version: 1 });

    const query = maturityLandingQuerySchema.parse({});
    const tray = await listInTray(member, query);
    expect(tray.open.rows.map((row) => [row.id, row.status, row.answered, row.questions])).toEqual([
      [assessmentId, "SUBMITTED", 4, 4],
    ]);
    expect(tray.past.rows.map((row) => row.id)).toEqual([past.assessmentId]);
    // Submitted: the member's section is no longer waiting for them.
    expect(tray.assigned.total).toBe(0);
    expect((await listInTray(adminOfB, query)).open.rows.map((row) => row.id)).not.toContain(
      assessmentId,
    );

    const open = await listRounds(lead, "open", 1);
    expect(open.rounds.find((round) => round.id === roundId)).toMatchObject({
      assessments: 2,
      completed: 1,
      validated: 0,
    });
    expect((await listRounds(lead, "closed", 1)).rounds.map((round) => round.id)).toContain(
      past.roundId,
    );
    await expect(listRounds(admin, "open", 1)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const view = await getRound(
      lead,
      roundId,
      roundAssessmentsQuerySchema.parse({ status: "SUBMITTED" }),
    );
    expect(view?.statusCounts).toMatchObject({ SUBMITTED: 1, NOT_STARTED: 1 });
    expect(view?.assessments.rows.map((row) => row.organisation.id)).toEqual([organisationA.id]);
    expect(await prisma.assessment.count({ where: { roundId } })).toBe(2);
  });

  it("lists upcoming rounds soonest first, a page at a time, a page beyond the last showing the last", async () => {
    const prisma = await getPrisma();
    const before = (await listRounds(lead, "upcoming", 1)).total;
    for (let index = 0; index < MATURITY_PAGE_SIZE + 1; index++) {
      await createRound(prisma, {
        versionId: framework.versionId,
        organisationIds: [],
        opensInDays: 400 + index,
        closesInDays: 500 + index,
        name: `Later round ${String(index).padStart(2, "0")}`,
      });
    }
    const first = await listRounds(lead, "upcoming", 1);
    expect(first.total).toBe(before + MATURITY_PAGE_SIZE + 1);
    expect(first.rounds).toHaveLength(MATURITY_PAGE_SIZE);
    const last = await listRounds(lead, "upcoming", 99);
    expect(last.page).toBe(last.pageCount);
    expect(last.rounds.at(-1)).toMatchObject({
      name: `Later round ${MATURITY_PAGE_SIZE}`,
      assessments: 0,
      completed: 0,
    });
    expect(typeof last.rounds.at(-1)?.frameworkVersion).toBe("number");
    expect(last.rounds.at(-1)?.opensOn).toBeInstanceOf(Date);
    expect((await listRounds(lead, "open", 1)).rounds.map((round) => round.name)).not.toContain(
      "Later round 00",
    );
  });

  it("hides an assessment from other organisations' people", async () => {
    const { assessmentId } = await roundForA();
    expect(await getAssessment(adminOfB, assessmentId)).toBeNull();
    expect(
      await getAssessmentDimension(adminOfB, assessmentId, framework.dimensions[0]!.id),
    ).toBeNull();
    expect(await getAssessment(lead, assessmentId)).not.toBeNull();
    expect(await getAssessment(member, assessmentId)).not.toBeNull();
  });
});
