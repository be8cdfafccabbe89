"use client";

import { useCallback, useEffect, useRef, useState } from "react";

import {
  saveAnswerAction,
  saveDimensionAnswers,
} from "@/app/maturity/assessments/[assessmentId]/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { controlClass } from "@/components/ui/field-shell";

export interface AnswerableQuestion {
  id: string;
  text: string;
  guidance: string | null;
  levels: string[];
  allowNotApplicable: boolean;
  answer: { level: number | null; notApplicable: boolean; evidence: string | null } | null;
}

interface Value {
  /** "1" to "5", "na", or "" for no level yet. */
  choice: string;
  evidence: string;
}

const NOTE_DELAY_MS = 800;

const initialValue = (question: AnswerableQuestion): Value => ({
  choice: question.answer?.notApplicable ? "na" : (question.answer?.level?.toString() ?? ""),
  evidence: question.answer?.evidence ?? "",
});

/**
 * A dimension's questions, each a radio group of levels with an evidence note. With JavaScript
 * each answer saves itself as it changes (a note once typing pauses, and when it loses focus),
 * and the outcome is announced; without it, "Save answers" posts them all.
 */
export function DimensionAnswersForm({
  assessmentId,
  dimensionId,
  questions,
}: {
  assessmentId: string;
  dimensionId: string;
  questions: AnswerableQuestion[];
}) {
  const [values, setValues] = useState<Record<string, Value>>(() =>
    Object.fromEntries(questions.map((question) => [question.id, initialValue(question)])),
  );
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<{ questionId: string; message: string }>();
  // Saves run one after another, so an earlier save never lands after a later one.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const latest = useRef(values);

  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach((timer) => clearTimeout(timer));
  }, []);

  const save = useCallback(
    (questionId: string) => {
      const timer = timers.current.get(questionId);
      if (timer) clearTimeout(timer);
      timers.current.delete(questionId);
      queue.current = queue.current.then(async () => {
        const value = latest.current[questionId];
        if (!value) return;
        setAnnouncement("Saving…");
        const result = await saveAnswerAction(assessmentId, {
          questionId,
          level: value.choice === "na" ? null : value.choice,
          notApplicable: value.choice === "na",
          evidence: value.evidence,
        });
        if (result.ok) {
          setProblem((current) => (current?.questionId === questionId ? undefined : current));
          setAnnouncement("Saved");
        } else {
          const message = Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.message;
          setProblem({ questionId, message });
          setAnnouncement(`Not saved: ${message}`);
        }
      });
    },
    [assessmentId],
  );

  const change = (questionId: string, next: Partial<Value>) => {
    setValues((current) => {
      const updated = { ...current, [questionId]: { ...current[questionId]!, ...next } };
      latest.current = updated;
      return updated;
    });
  };

  const noteChanged = (questionId: string, evidence: string) => {
    change(questionId, { evidence });
    const timer = timers.current.get(questionId);
    if (timer) clearTimeout(timer);
    timers.current.set(
      questionId,
      setTimeout(() => save(questionId), NOTE_DELAY_MS),
    );
  };

  const noteLeft = (questionId: string) => {
    if (timers.current.has(questionId)) save(questionId);
  };

  return (
    <form action={saveDimensionAnswers}>
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="dimensionId" value={dimensionId} />
      <p
        role="status"
        aria-live="polite"
        className={`sticky top-0 z-10 mb-4 min-h-[2rem] bg-nhs-grey-5 py-1 font-bold ${
          announcement.startsWith("Not saved") ? "text-nhs-red" : ""
        }`}
      >
        {announcement}
      </p>
      {questions.map((question, index) => {
        const value = values[question.id] ?? initialValue(question);
        const name = `level-${question.id}`;
        const error = problem?.questionId === question.id ? problem.message : undefined;
        const choices = [
          ...question.levels.map((descriptor, level) => ({
            value: String(level + 1),
            label: (
              <>
                <span className="font-bold">Level {level + 1}:</span> {descriptor}
              </>
            ),
          })),
          ...(question.allowNotApplicable ? [{ value: "na", label: <>Not applicable</> }] : []),
        ];
        return (
          <div key={question.id} className="nhs-card">
            <input type="hidden" name="questionId" value={question.id} />
            <ChoiceFieldset
              id={name}
              legend={`${index + 1}. ${question.text}`}
              hint={question.guidance ?? undefined}
              error={error}
            >
              {choices.map((choice, position) => {
                const id = position === 0 ? name : `${name}-${choice.value}`;
                return (
                  <Choice key={choice.value} id={id} label={choice.label}>
                    <input
                      id={id}
                      type="radio"
                      name={name}
                      value={choice.value}
                      checked={value.choice === choice.value}
                      className={choiceInputClass}
                      onChange={() => {
                        change(question.id, { choice: choice.value });
                        save(question.id);
                      }}
                    />
                  </Choice>
                );
              })}
            </ChoiceFieldset>
            <label htmlFor={`evidence-${question.id}`} className="mb-1 block font-bold">
              Evidence (optional)
              <span className="sr-only">{` for question ${index + 1}`}</span>
            </label>
            <div id={`evidence-${question.id}-hint`} className="mb-2 text-nhs-secondary">
              What shows this level: a policy, a system, an audit
            </div>
            <textarea
              id={`evidence-${question.id}`}
              name={`evidence-${question.id}`}
              rows={3}
              value={value.evidence}
              aria-describedby={`evidence-${question.id}-hint`}
              className={`${controlClass()} max-w-[40rem]`}
              onChange={(event) => noteChanged(question.id, event.target.value)}
              onBlur={() => noteLeft(question.id)}
            />
          </div>
        );
      })}
      <button type="submit" className="nhs-button nhs-button-secondary">
        Save answers
      </button>
    </form>
  );
}
