import type { OrganisationType } from "@/lib/generated/prisma/enums";

// The one place where maturity scores are worked out. Pure, so that results, benchmarks, the
// stored scores of submitted assessments and the tests all agree.

export const LEVELS = [1, 2, 3, 4, 5] as const;
export const LOWEST_LEVEL = 1;
export const HIGHEST_LEVEL = 5;

export interface ScoredDimension {
  id: string;
  key: string;
  name: string;
  position: number;
}

export interface ScoredQuestion {
  id: string;
  dimensionId: string;
  allowNotApplicable: boolean;
  /** Empty means every organisation type. */
  appliesTo: readonly OrganisationType[];
  position: number;
}

export interface GivenAnswer {
  questionId: string;
  level: number | null;
  notApplicable: boolean;
}

export interface DimensionScore {
  dimensionId: string;
  key: string;
  name: string;
  /** Mean level to one decimal place; null when nothing in it has a level. */
  score: number | null;
  /** Questions that apply to the organisation. */
  questions: number;
  /** Of those, how many have a level or an allowed "not applicable". */
  answered: number;
  notApplicable: number;
  /** The questions that still need an answer, in order. */
  missing: string[];
}

export interface AssessmentScores {
  dimensions: DimensionScore[];
  /** Every question that applies has an answer. */
  complete: boolean;
  answered: number;
  questions: number;
}

/** Whether a question is asked of an organisation of this type. */
export const appliesToType = (
  question: Pick<ScoredQuestion, "appliesTo">,
  type: OrganisationType,
) => question.appliesTo.length === 0 || question.appliesTo.includes(type);

export const isLevel = (value: unknown): value is number =>
  Number.isInteger(value) &&
  (value as number) >= LOWEST_LEVEL &&
  (value as number) <= HIGHEST_LEVEL;

/**
 * The mean of whole-number levels to one decimal place, halves rounded up (2.25 is 2.3). Works
 * from the integer sum so that floating point never tips a half the wrong way.
 */
export function meanToTenth(sum: number, count: number): number | null {
  if (count === 0) return null;
  return Math.round((sum * 10) / count) / 10;
}

/**
 * Scores an organisation's answers against a framework version: per dimension, the mean of the
 * levels given, "not applicable" left out; questions that do not apply to the organisation's type
 * are not asked; answers to questions of another version are ignored.
 */
export function scoreAssessment(input: {
  dimensions: readonly ScoredDimension[];
  questions: readonly ScoredQuestion[];
  answers: readonly GivenAnswer[];
  organisationType: OrganisationType;
}): AssessmentScores {
  const answers = new Map(input.answers.map((answer) => [answer.questionId, answer]));
  const byDimension = new Map<string, ScoredQuestion[]>();
  for (const question of input.questions) {
    if (!appliesToType(question, input.organisationType)) continue;
    const list = byDimension.get(question.dimensionId) ?? [];
    list.push(question);
    byDimension.set(question.dimensionId, list);
  }

  const dimensions = [...input.dimensions]
    .sort((a, b) => a.position - b.position)
    .map((dimension): DimensionScore => {
      const questions = [...(byDimension.get(dimension.id) ?? [])].sort(
        (a, b) => a.position - b.position,
      );
      let sum = 0;
      let levels = 0;
      let notApplicable = 0;
      const missing: string[] = [];
      for (const question of questions) {
        const answer = answers.get(question.id);
        if (answer && answer.notApplicable && question.allowNotApplicable) notApplicable += 1;
        else if (answer && !answer.notApplicable && isLevel(answer.level)) {
          sum += answer.level;
          levels += 1;
        } else missing.push(question.id);
      }
      return {
        dimensionId: dimension.id,
        key: dimension.key,
        name: dimension.name,
        score: meanToTenth(sum, levels),
        questions: questions.length,
        answered: levels + notApplicable,
        notApplicable,
        missing,
      };
    });

  const questions = dimensions.reduce((total, dimension) => total + dimension.questions, 0);
  const answered = dimensions.reduce((total, dimension) => total + dimension.answered, 0);
  return { dimensions, complete: answered === questions, answered, questions };
}

/** The strongest and weakest scored dimensions (ties keep framework order). */
export function strongestAndWeakest(dimensions: readonly DimensionScore[]): {
  strongest: DimensionScore[];
  weakest: DimensionScore[];
} {
  const scored = dimensions.filter((dimension) => dimension.score !== null);
  if (scored.length === 0) return { strongest: [], weakest: [] };
  const scores = scored.map((dimension) => dimension.score as number);
  const top = Math.max(...scores);
  const bottom = Math.min(...scores);
  return {
    strongest: scored.filter((dimension) => dimension.score === top),
    weakest: bottom === top ? [] : scored.filter((dimension) => dimension.score === bottom),
  };
}
