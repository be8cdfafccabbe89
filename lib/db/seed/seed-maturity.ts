import type { DbTransaction } from "@/lib/db/types";
import type { AssessmentStatus } from "@/lib/generated/prisma/client";
import { readFrameworkContent } from "@/lib/maturity/framework-content";
import { appliesToType, HIGHEST_LEVEL, LOWEST_LEVEL } from "@/lib/maturity/scores";
import { storeAssessmentScores } from "@/lib/maturity/store-scores";
import { organisationTypes } from "@/lib/organisations/types";

import { demoOrganisations } from "./demo-coalition";
import { createDemoFrameworks } from "./demo-frameworks";

// The demo coalition's digital maturity: two frameworks, and two completed rounds for most demo
// organisations so that trends and peer benchmarks show something real.

/** Creates the demo frameworks; returns the version of each that the demo rounds answer. */
export function seedDemoFrameworks(tx: DbTransaction): Promise<string[]> {
  return createDemoFrameworks(tx);
}

/** The two past rounds, oldest first. */
export const demoRounds = [
  { name: "2025 Q4", opensOn: "2025-10-01", closesOn: "2025-12-12", later: false },
  { name: "2026 Q2", opensOn: "2026-04-01", closesOn: "2026-06-12", later: true },
] as const;

/** Organisations that keep the default (results not shared), so that the sharing choice can be tried. */
export const DEMO_NOT_SHARING = ["ZZC01", "Z90001"] as const;

/** Every eighth demo organisation has not taken part, except the ones with demo accounts. */
export const takesPartInDemoRounds = (odsCode: string, index: number) =>
  index % 8 !== 7 || (DEMO_NOT_SHARING as readonly string[]).includes(odsCode);

/** About half the organisations that take part share their named results. */
export const sharesDemoResults = (odsCode: string, index: number) =>
  index % 2 === 1 && !(DEMO_NOT_SHARING as readonly string[]).includes(odsCode);

const clampLevel = (level: number) => Math.min(HIGHEST_LEVEL, Math.max(LOWEST_LEVEL, level));

/**
 * The level an organisation gives a question, derived from where both sit in their lists so that
 * every run seeds the same answers: each organisation has a starting point, each dimension leans
 * a little up or down, and the later round is a little better on average.
 */
export function demoLevel(
  organisationIndex: number,
  dimensionPosition: number,
  questionPosition: number,
  later: boolean,
): number {
  // Worked in half levels, so that every step is exact: a start between 2 and 4, a dimension
  // lean of up to a level either way, a question lean of half a level, and a level more on
  // every other question of the later round.
  const start = 4 + ((organisationIndex * 3) % 5);
  const dimensionLean = ((organisationIndex * 3 + dimensionPosition * 7) % 5) - 2;
  const questionLean = ((organisationIndex + questionPosition * 2) % 3) - 1;
  const improvement = later && (organisationIndex + questionPosition) % 2 === 0 ? 2 : 0;
  return clampLevel(Math.round((start + dimensionLean + questionLean + improvement) / 2));
}

const date = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * Two past rounds against the first demo framework, answered, submitted or validated, and
 * scored, for most demo organisations; the rest were invited but never started.
 */
export async function seedDemoRounds(
  tx: DbTransaction,
  leadId: string,
  versionIds: string[],
): Promise<void> {
  const versionId = versionIds[0];
  if (!versionId) return;
  const content = await readFrameworkContent(tx, versionId);
  if (!content) throw new Error(`The demo framework version ${versionId} does not exist`);
  const organisations = await tx.organisation.findMany({
    where: { odsCode: { in: demoOrganisations.map((organisation) => organisation.odsCode) } },
    select: { id: true, odsCode: true, type: true },
  });
  const byCode = new Map(organisations.map((organisation) => [organisation.odsCode, organisation]));
  const taking = demoOrganisations.flatMap((demo, index) => {
    const organisation = byCode.get(demo.odsCode);
    return organisation ? [{ ...organisation, index, odsCode: demo.odsCode }] : [];
  });

  await tx.organisation.updateMany({
    where: {
      id: {
        in: taking
          .filter(({ odsCode, index }) => sharesDemoResults(odsCode, index))
          .map(({ id }) => id),
      },
    },
    data: { shareMaturityResults: true },
  });

  const dimensionPositions = new Map(content.dimensions.map((d) => [d.id, d.position]));
  for (const round of demoRounds) {
    const created = await tx.assessmentRound.create({
      data: {
        name: round.name,
        frameworkVersionId: versionId,
        invitedTypes: organisationTypes,
        opensOn: date(round.opensOn),
        closesOn: date(round.closesOn),
        createdById: leadId,
      },
      select: { id: true },
    });
    const submittedAt = new Date(date(round.closesOn).getTime() - 7 * 24 * 60 * 60 * 1000);
    const status = (index: number): AssessmentStatus =>
      round.later && index % 3 === 0 ? "SUBMITTED" : "VALIDATED";
    await tx.assessment.createMany({
      data: taking.map(({ id, odsCode, index }) =>
        takesPartInDemoRounds(odsCode, index)
          ? {
              roundId: created.id,
              organisationId: id,
              status: status(index),
              submittedAt,
              validatedAt: status(index) === "VALIDATED" ? date(round.closesOn) : null,
            }
          : { roundId: created.id, organisationId: id, status: "NOT_STARTED" as const },
      ),
    });
    const assessments = new Map(
      (
        await tx.assessment.findMany({
          where: { roundId: created.id },
          select: { id: true, organisationId: true, status: true },
        })
      ).map((assessment) => [assessment.organisationId, assessment]),
    );
    const answered = taking.filter(({ odsCode, index }) => takesPartInDemoRounds(odsCode, index));
    await tx.assessmentAnswer.createMany({
      data: answered.flatMap(({ id, type, index }) => {
        const assessmentId = assessments.get(id)?.id as string;
        return content.questions
          .filter((question) => appliesToType(question, type))
          .map((question, position) =>
            question.allowNotApplicable && (index + position) % 5 === 0
              ? { assessmentId, questionId: question.id, level: null, notApplicable: true }
              : {
                  assessmentId,
                  questionId: question.id,
                  level: demoLevel(
                    index,
                    dimensionPositions.get(question.dimensionId) ?? 0,
                    position,
                    round.later,
                  ),
                },
          );
      }),
    });
    for (const { id } of answered) {
      await storeAssessmentScores(tx, assessments.get(id)?.id as string);
    }
  }
}
