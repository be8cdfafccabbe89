import {
  assignSectionAction,
  returnAssessmentAction,
  saveAnswerAction,
  saveDimensionAnswers,
  submitAssessmentAction,
  validateAssessmentAction,
} from "@/app/maturity/assessments/[assessmentId]/actions";
import { openRoundAction, updateRoundAction } from "@/app/maturity/rounds/actions";
import { getPrisma } from "@/lib/db/client";

import { answerQuestions, createFramework, createRound } from "../../support/maturity-factories";
import { row } from "./row";
import { expect6, type World } from "./world";

const form = (fields: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

const day = (offset: number) =>
  new Date(Date.now() + offset * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** An open round over a small framework, with an assessment for organisations A and B. */
async function openAssessmentOfA(world: World) {
  const prisma = await getPrisma();
  const framework = await createFramework(prisma, { dimensions: 2, questions: 1 });
  const round = await createRound(prisma, {
    versionId: framework.versionId,
    organisationIds: [world.organisationA.id, world.organisationB.id],
  });
  const assessment = round.assessments.find(
    (entry) => entry.organisationId === world.organisationA.id,
  )!;
  return { framework, roundId: round.id, assessmentId: assessment.id };
}

/** A's assessment with every question answered. */
async function completeAssessmentOfA(world: World) {
  const prepared = await openAssessmentOfA(world);
  await answerQuestions(
    await getPrisma(),
    prepared.assessmentId,
    prepared.framework.questionIds,
    () => 3,
  );
  return prepared;
}

/** A's assessment, complete and submitted (at version 2). */
async function submittedAssessmentOfA(world: World) {
  const prepared = await completeAssessmentOfA(world);
  await (
    await getPrisma()
  ).assessment.update({
    where: { id: prepared.assessmentId },
    data: { status: "SUBMITTED", submittedAt: new Date(), version: 2 },
  });
  return prepared;
}

/** A's assessment with its first section given to A's member. */
async function sectionGivenToMemberOfA(world: World) {
  const prepared = await openAssessmentOfA(world);
  await (
    await getPrisma()
  ).sectionAssignment.create({
    data: {
      assessmentId: prepared.assessmentId,
      dimensionId: prepared.framework.dimensions[0]!.id,
      assigneeId: world.actors.memberOfA.userId,
    },
  });
  return prepared;
}

const leadsOnly = expect6("sign-in", "denied", "denied", "denied", "allowed", "allowed");
const organisationAAdmins = expect6("sign-in", "denied", "allowed", "denied", "denied", "denied");
const organisationAPeople = expect6("sign-in", "allowed", "allowed", "denied", "denied", "denied");

// Organisation B's people are told A's assessment does not exist (NOT_FOUND), which is not
// audited; A's members and leads are refused (FORBIDDEN), which runAction audits.
export const maturityAssessmentRows = [
  row({
    handler: "app/maturity/rounds/actions.ts#openRoundAction",
    attempt: "open a round for organisation A",
    expected: leadsOnly,
    prepare: async () => createFramework(await getPrisma(), { dimensions: 1, questions: 1 }),
    run: (world, framework) =>
      openRoundAction({
        name: "2026 Q4",
        frameworkId: framework.frameworkId,
        invitedTypes: [],
        organisationIds: [world.organisationA.id],
        opensOn: day(0),
        closesOn: day(30),
      }),
    changes: true,
  }),
  row({
    handler: "app/maturity/rounds/actions.ts#updateRoundAction",
    attempt: "change a round's name and days",
    expected: leadsOnly,
    prepare: openAssessmentOfA,
    run: (_, { roundId }) =>
      updateRoundAction(roundId, {
        name: "Renamed",
        opensOn: day(-1),
        closesOn: day(40),
        version: 1,
      }),
    changes: true,
  }),
  row({
    handler: "app/maturity/assessments/[assessmentId]/actions.ts#saveAnswerAction",
    attempt: "answer a question of organisation A's assessment",
    expected: organisationAAdmins,
    prepare: openAssessmentOfA,
    run: (_, { assessmentId, framework }) =>
      saveAnswerAction(assessmentId, { questionId: framework.questionIds[0], level: "3" }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/assessments/[assessmentId]/actions.ts#saveAnswerAction",
    attempt: "answer a question of a section of A's assessment given to A's member",
    expected: organisationAPeople,
    prepare: sectionGivenToMemberOfA,
    run: (_, { assessmentId, framework }) =>
      saveAnswerAction(assessmentId, { questionId: framework.questionIds[0], level: "2" }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/assessments/[assessmentId]/actions.ts#saveDimensionAnswers",
    attempt: "save a section of organisation A's assessment without JavaScript",
    expected: organisationAAdmins,
    prepare: openAssessmentOfA,
    run: (_, { assessmentId, framework }) => {
      const questionId = framework.dimensions[0]!.questionIds[0]!;
      return saveDimensionAnswers(
        form([
          ["assessmentId", assessmentId],
          ["dimensionId", framework.dimensions[0]!.id],
          ["questionId", questionId],
          [`level-${questionId}`, "4"],
          [`evidence-${questionId}`, "Policy agreed"],
        ]),
      );
    },
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/assessments/[assessmentId]/actions.ts#assignSectionAction",
    attempt: "give a section of organisation A's assessment to A's member",
    expected: organisationAAdmins,
    prepare: openAssessmentOfA,
    run: (world, { assessmentId, framework }) =>
      assignSectionAction(assessmentId, {
        dimensionId: framework.dimensions[0]!.id,
        assigneeId: world.actors.memberOfA.userId,
      }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/assessments/[assessmentId]/actions.ts#submitAssessmentAction",
    attempt: "submit organisation A's complete assessment",
    expected: organisationAAdmins,
    prepare: completeAssessmentOfA,
    run: (_, { assessmentId }) => submitAssessmentAction(assessmentId, { version: 1 }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/assessments/[assessmentId]/actions.ts#returnAssessmentAction",
    attempt: "return organisation A's submitted assessment with comments",
    expected: leadsOnly,
    prepare: submittedAssessmentOfA,
    run: (_, { assessmentId }) =>
      returnAssessmentAction(assessmentId, { comment: "Add evidence", version: 2 }),
    changes: true,
    auditsDenial: false,
  }),
  row({
    handler: "app/maturity/assessments/[assessmentId]/actions.ts#validateAssessmentAction",
    attempt: "validate organisation A's submitted assessment",
    expected: leadsOnly,
    prepare: submittedAssessmentOfA,
    run: (_, { assessmentId }) => validateAssessmentAction(assessmentId, { version: 2 }),
    changes: true,
    auditsDenial: false,
  }),
];
