import type { DbTransaction } from "@/lib/db/types";
import "server-only";

import type { OrganisationType } from "@/lib/generated/prisma/client";

import { type FrameworkContent, readFrameworkContent } from "../framework-content";
import { type AssessmentScores, scoreAssessment } from "../scores";

export interface ProgressSubject {
  id: string;
  organisationType: OrganisationType;
  frameworkVersionId: string;
}

/**
 * How far each assessment has got (answered of the questions that apply), worked out by the one
 * scoring function: each framework version is read once, and every answer in one query.
 */
export async function progressOf(
  db: DbTransaction,
  subjects: readonly ProgressSubject[],
): Promise<Map<string, AssessmentScores>> {
  const progress = new Map<string, AssessmentScores>();
  if (subjects.length === 0) return progress;
  const contents = new Map<string, FrameworkContent | null>();
  for (const versionId of new Set(subjects.map((subject) => subject.frameworkVersionId))) {
    contents.set(versionId, await readFrameworkContent(db, versionId));
  }
  const answers = await db.assessmentAnswer.findMany({
    where: { assessmentId: { in: subjects.map((subject) => subject.id) } },
    select: { assessmentId: true, questionId: true, level: true, notApplicable: true },
  });
  const byAssessment = new Map<string, typeof answers>();
  for (const answer of answers) {
    const list = byAssessment.get(answer.assessmentId) ?? [];
    list.push(answer);
    byAssessment.set(answer.assessmentId, list);
  }
  for (const subject of subjects) {
    const content = contents.get(subject.frameworkVersionId);
    if (!content) continue;
    progress.set(
      subject.id,
      scoreAssessment({
        dimensions: content.dimensions,
        questions: content.questions,
        answers: byAssessment.get(subject.id) ?? [],
        organisationType: subject.organisationType,
      }),
    );
  }
  return progress;
}
