import { formatDay } from "@/lib/maturity/labels";

interface ReadOnlyQuestion {
  id: string;
  text: string;
  guidance: string | null;
  levels: string[];
  answer: {
    level: number | null;
    notApplicable: boolean;
    evidence: string | null;
    updatedAt: Date;
    updatedBy: { name: string } | null;
  } | null;
}

const answerText = (question: ReadOnlyQuestion) => {
  const answer = question.answer;
  if (answer?.notApplicable) return "Not applicable";
  if (answer?.level) return `Level ${answer.level}: ${question.levels[answer.level - 1] ?? ""}`;
  return "Not answered";
};

/** A dimension's answers as text, for those who read but do not answer them. */
export function ReadOnlyAnswers({ questions }: { questions: ReadOnlyQuestion[] }) {
  return (
    <>
      {questions.map((question, index) => (
        <section key={question.id} className="nhs-card" aria-labelledby={`question-${question.id}`}>
          <h2 id={`question-${question.id}`} className="text-xl">
            {index + 1}. {question.text}
          </h2>
          {question.guidance ? <p className="text-nhs-secondary">{question.guidance}</p> : null}
          <dl>
            <div className="py-1">
              <dt className="inline font-bold">Answer: </dt>
              <dd className="inline">{answerText(question)}</dd>
            </div>
            <div className="py-1">
              <dt className="inline font-bold">Evidence: </dt>
              <dd className="inline whitespace-pre-line">
                {question.answer?.evidence ?? "None given"}
              </dd>
            </div>
            {question.answer ? (
              <div className="py-1">
                <dt className="inline font-bold">Last changed: </dt>
                <dd className="inline">
                  {formatDay(question.answer.updatedAt)}
                  {question.answer.updatedBy ? ` by ${question.answer.updatedBy.name}` : ""}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      ))}
    </>
  );
}
