import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { OrganisationType } from "@/lib/generated/prisma/enums";
import {
  type GivenAnswer,
  meanToTenth,
  type ScoredQuestion,
  scoreAssessment,
  strongestAndWeakest,
} from "@/lib/maturity/scores";
import { distributionOf, medianOf, shareableDistribution } from "@/lib/maturity/statistics";

const dimensions = [
  { id: "d-leadership", key: "leadership", name: "Leadership", position: 1 },
  { id: "d-foundations", key: "foundations", name: "Foundations", position: 0 },
  { id: "d-empty", key: "empty", name: "Nothing asked yet", position: 2 },
];
const question = (id: string, dimensionId: string, extra: Partial<ScoredQuestion> = {}) => ({
  id,
  dimensionId,
  allowNotApplicable: false,
  appliesTo: [] as OrganisationType[],
  position: 0,
  ...extra,
});
const level = (questionId: string, value: number | null): GivenAnswer => ({
  questionId,
  level: value,
  notApplicable: false,
});
const notApplicable = (questionId: string): GivenAnswer => ({
  questionId,
  level: null,
  notApplicable: true,
});

const score = (
  questions: ScoredQuestion[],
  answers: GivenAnswer[],
  type: OrganisationType = "CARE_HOME",
) => scoreAssessment({ dimensions, questions, answers, organisationType: type });
const byKey = (result: ReturnType<typeof score>) =>
  Object.fromEntries(result.dimensions.map((dimension) => [dimension.key, dimension]));

describe("dimension scores", () => {
  it("is the mean of the levels given, in framework order", () => {
    const questions = [
      question("q1", "d-foundations"),
      question("q2", "d-foundations", { position: 1 }),
      question("q3", "d-leadership"),
    ];
    const result = score(questions, [level("q1", 2), level("q2", 5), level("q3", 4)]);
    expect(result.dimensions.map((dimension) => dimension.key)).toEqual([
      "foundations",
      "leadership",
      "empty",
    ]);
    expect(byKey(result).foundations?.score).toBe(3.5);
    expect(byKey(result).leadership?.score).toBe(4);
    expect(result.complete).toBe(true);
  });

  it("rounds to one decimal place with halves rounded up", () => {
    expect(meanToTenth(7, 3)).toBe(2.3); // 2.333…
    expect(meanToTenth(8, 3)).toBe(2.7); // 2.666…
    expect(meanToTenth(9, 4)).toBe(2.3); // 2.25 exactly
    expect(meanToTenth(29, 8)).toBe(3.6); // 3.625
    expect(meanToTenth(0, 0)).toBeNull();
  });

  it("leaves 'not applicable' out of the mean but counts it as answered", () => {
    const questions = [
      question("q1", "d-foundations", { allowNotApplicable: true }),
      question("q2", "d-foundations", { position: 1 }),
    ];
    const foundations = byKey(score(questions, [notApplicable("q1"), level("q2", 2)])).foundations;
    expect(foundations).toMatchObject({ score: 2, answered: 2, notApplicable: 1, missing: [] });
  });

  it("has no score when every answer is 'not applicable'", () => {
    const questions = [question("q1", "d-foundations", { allowNotApplicable: true })];
    const result = score(questions, [notApplicable("q1")]);
    expect(byKey(result).foundations).toMatchObject({ score: null, answered: 1 });
    expect(result.complete).toBe(true);
  });

  it("treats 'not applicable' on a question that does not allow it as missing", () => {
    const questions = [question("q1", "d-foundations")];
    const result = score(questions, [notApplicable("q1")]);
    expect(byKey(result).foundations).toMatchObject({ score: null, answered: 0, missing: ["q1"] });
    expect(result.complete).toBe(false);
  });

  it("gives an empty dimension no score and nothing to answer", () => {
    const result = score([question("q1", "d-foundations")], [level("q1", 3)]);
    expect(byKey(result).empty).toMatchObject({ score: null, questions: 0, answered: 0 });
    expect(result.complete).toBe(true);
  });

  it("lists unanswered questions, and notes without a level, as missing", () => {
    const questions = [
      question("q1", "d-foundations"),
      question("q2", "d-foundations", { position: 1 }),
      question("q3", "d-leadership"),
    ];
    const result = score(questions, [level("q1", 3), level("q2", null)]);
    expect(byKey(result).foundations?.missing).toEqual(["q2"]);
    expect(byKey(result).leadership?.missing).toEqual(["q3"]);
    expect(result).toMatchObject({ complete: false, answered: 1, questions: 3 });
  });

  it("does not ask questions that apply to other organisation types", () => {
    const questions = [
      question("q1", "d-foundations", { appliesTo: ["GP_PRACTICE"] }),
      question("q2", "d-foundations", { appliesTo: ["CARE_HOME", "HOSPICE"], position: 1 }),
    ];
    const careHome = byKey(score(questions, [level("q2", 4)], "CARE_HOME")).foundations;
    expect(careHome).toMatchObject({ score: 4, questions: 1, missing: [] });
    const practice = byKey(score(questions, [level("q2", 4)], "GP_PRACTICE")).foundations;
    expect(practice).toMatchObject({ score: null, questions: 1, missing: ["q1"] });
  });

  it("ignores answers to questions of another framework version", () => {
    const result = score([question("q1", "d-foundations")], [level("q1", 2), level("old-q", 5)]);
    expect(byKey(result).foundations?.score).toBe(2);
    expect(result.answered).toBe(1);
  });

  it("ignores levels outside the scale", () => {
    const result = score([question("q1", "d-foundations")], [level("q1", 6)]);
    expect(byKey(result).foundations).toMatchObject({ score: null, missing: ["q1"] });
  });

  it("names the strongest and weakest dimensions, and no weakest when all are level", () => {
    const questions = [question("q1", "d-foundations"), question("q3", "d-leadership")];
    const { strongest, weakest } = strongestAndWeakest(
      score(questions, [level("q1", 2), level("q3", 4)]).dimensions,
    );
    expect(strongest.map((dimension) => dimension.key)).toEqual(["leadership"]);
    expect(weakest.map((dimension) => dimension.key)).toEqual(["foundations"]);
    const even = strongestAndWeakest(score(questions, [level("q1", 3), level("q3", 3)]).dimensions);
    expect(even.weakest).toEqual([]);
  });
});

describe("scores, for any answers", () => {
  const answersArbitrary = fc.array(
    fc.record({
      questionId: fc.constantFrom("q1", "q2", "q3", "q4", "other"),
      level: fc.option(fc.integer({ min: -3, max: 9 }), { nil: null }),
      notApplicable: fc.boolean(),
    }),
  );
  const questions = [
    question("q1", "d-foundations", { allowNotApplicable: true }),
    question("q2", "d-foundations", { position: 1 }),
    question("q3", "d-leadership", { allowNotApplicable: true }),
    question("q4", "d-leadership", { appliesTo: ["HOSPICE"] }),
  ];
  const types = fc.constantFrom<OrganisationType>("CARE_HOME", "HOSPICE", "GP_PRACTICE");

  it("stay within 1 to 5, to one decimal place", () => {
    fc.assert(
      fc.property(answersArbitrary, types, (answers, type) => {
        for (const dimension of score(questions, answers, type).dimensions) {
          if (dimension.score === null) continue;
          expect(dimension.score).toBeGreaterThanOrEqual(1);
          expect(dimension.score).toBeLessThanOrEqual(5);
          expect(Math.round(dimension.score * 10) / 10).toBe(dimension.score);
        }
      }),
    );
  });

  it("lie between the lowest and highest level given", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 40 }),
        (levels) => {
          const many = levels.map((_, index) => question(`q${index}`, "d-foundations"));
          const result = score(
            many,
            levels.map((value, index) => level(`q${index}`, value)),
          );
          const foundations = byKey(result).foundations?.score as number;
          expect(foundations).toBeGreaterThanOrEqual(Math.min(...levels));
          expect(foundations).toBeLessThanOrEqual(Math.max(...levels));
          expect(result.complete).toBe(true);
        },
      ),
    );
  });

  it("count every applicable question once, as answered or missing", () => {
    fc.assert(
      fc.property(answersArbitrary, types, (answers, type) => {
        for (const dimension of score(questions, answers, type).dimensions) {
          expect(dimension.answered + dimension.missing.length).toBe(dimension.questions);
        }
      }),
    );
  });
});

describe("distributions", () => {
  it("gives quartiles and median to one decimal place, leaving out missing scores", () => {
    expect(distributionOf([4, 1, null, 2, 3])).toEqual({
      count: 4,
      min: 1,
      lowerQuartile: 1.8,
      median: 2.5,
      upperQuartile: 3.3,
      max: 4,
    });
    expect(medianOf([3.1, 2.2, 4.5])).toBe(3.1);
    expect(distributionOf([null])).toBeNull();
  });

  it("hides a distribution of fewer than three organisations", () => {
    expect(shareableDistribution(distributionOf([2, 4]))).toBeNull();
    expect(shareableDistribution(distributionOf([2, 4, 5]))?.median).toBe(4);
  });
});
