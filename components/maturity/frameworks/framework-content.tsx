import Link from "@/components/ui/link";

import type { FrameworkContent, FrameworkQuestionView } from "@/lib/maturity/framework-content";
import { organisationTypeLabels } from "@/lib/organisations/types";

import { MoveButton } from "./move-button";

/** What editing controls need: the framework and the newest version as the page was opened. */
export interface Editing {
  frameworkId: string;
  opened: { versionId: string; version: number };
}

function appliesToText(question: FrameworkQuestionView) {
  return question.appliesTo.length === 0
    ? "Every type of organisation"
    : question.appliesTo.map((type) => organisationTypeLabels[type]).join(", ");
}

function QuestionDetails({
  question,
  number,
  editing,
  first,
  last,
}: {
  question: FrameworkQuestionView;
  number: string;
  editing: Editing | null;
  first: boolean;
  last: boolean;
}) {
  const base = editing
    ? `/maturity/frameworks/${editing.frameworkId}/questions/${question.id}`
    : "";
  return (
    <li id={`question-${question.id}`} className="nhs-card" data-testid="framework-question">
      <h4 className="mb-2 text-xl">
        <span className="nhs-secondary-text">{number}</span> {question.text}
      </h4>
      {question.guidance ? <p className="whitespace-pre-line">{question.guidance}</p> : null}
      <dl className="mb-4">
        {question.levels.map((descriptor, index) => (
          <div key={index} className="border-b border-nhs-grey-4 py-1 md:flex md:gap-4">
            <dt className="font-bold md:w-24 md:shrink-0">Level {index + 1}</dt>
            <dd>{descriptor}</dd>
          </div>
        ))}
      </dl>
      <dl className="mb-0 flex flex-wrap gap-x-8 gap-y-1 text-base">
        <div>
          <dt className="inline font-bold">Not applicable: </dt>
          <dd className="inline">{question.allowNotApplicable ? "allowed" : "not allowed"}</dd>
        </div>
        <div>
          <dt className="inline font-bold">Applies to: </dt>
          <dd className="inline">{appliesToText(question)}</dd>
        </div>
      </dl>
      {editing ? (
        <ul className="mt-4 mb-0 flex flex-wrap gap-x-6" aria-label={`Change question ${number}`}>
          {!first ? (
            <li>
              <MoveButton
                {...editing}
                record={{ kind: "question", id: question.id }}
                direction="up"
                name={`question ${number}`}
              />
            </li>
          ) : null}
          {!last ? (
            <li>
              <MoveButton
                {...editing}
                record={{ kind: "question", id: question.id }}
                direction="down"
                name={`question ${number}`}
              />
            </li>
          ) : null}
          <li>
            <Link href={`${base}/edit`}>
              Change<span className="sr-only"> question {number}</span>
            </Link>
          </li>
          <li>
            <Link href={`${base}/remove`}>
              Remove<span className="sr-only"> question {number}</span>
            </Link>
          </li>
        </ul>
      ) : null}
    </li>
  );
}

/**
 * A framework version's dimensions in order, each with its questions: guidance, what each of the
 * five levels looks like, whether "not applicable" is allowed and whom it applies to. Given
 * `editing`, each dimension and question also offers moving, changing and removing.
 */
export function FrameworkContentView({
  content,
  editing,
}: {
  content: FrameworkContent;
  editing: Editing | null;
}) {
  if (content.dimensions.length === 0) {
    return (
      <p className="nhs-card">
        No dimensions yet.{editing ? " Add the first dimension, then its questions." : ""}
      </p>
    );
  }
  const last = content.dimensions.length - 1;
  return (
    <ol className="mb-0 list-none pl-0">
      {content.dimensions.map((dimension, index) => {
        const number = index + 1;
        const base = editing
          ? `/maturity/frameworks/${editing.frameworkId}/dimensions/${dimension.id}`
          : "";
        return (
          <li
            key={dimension.id}
            id={`dimension-${dimension.id}`}
            className="mb-8"
            data-testid="framework-dimension"
          >
            <h3 className="mb-2">
              {number}. {dimension.name}
            </h3>
            {/* Its address, to paste into a forum post or a lesson, where it shows as a card. */}
            <p className="nhs-secondary-text mb-2">
              <a href={`#dimension-${dimension.id}`}>
                Link to this dimension<span className="sr-only">: {dimension.name}</span>
              </a>
            </p>
            {dimension.description ? (
              <p className="whitespace-pre-line">{dimension.description}</p>
            ) : null}
            {editing ? (
              <ul className="mb-4 flex flex-wrap gap-x-6" aria-label={`Change ${dimension.name}`}>
                {index > 0 ? (
                  <li>
                    <MoveButton
                      {...editing}
                      record={{ kind: "dimension", id: dimension.id }}
                      direction="up"
                      name={dimension.name}
                    />
                  </li>
                ) : null}
                {index < last ? (
                  <li>
                    <MoveButton
                      {...editing}
                      record={{ kind: "dimension", id: dimension.id }}
                      direction="down"
                      name={dimension.name}
                    />
                  </li>
                ) : null}
                <li>
                  <Link href={`${base}/edit`}>
                    Change<span className="sr-only"> {dimension.name}</span>
                  </Link>
                </li>
                <li>
                  <Link href={`${base}/remove`}>
                    Remove<span className="sr-only"> {dimension.name}</span>
                  </Link>
                </li>
                <li>
                  <Link
                    href={`/maturity/frameworks/${editing.frameworkId}/questions/new?dimension=${dimension.id}`}
                  >
                    Add a question<span className="sr-only"> to {dimension.name}</span>
                  </Link>
                </li>
              </ul>
            ) : null}
            {dimension.questions.length === 0 ? (
              <p className="nhs-secondary-text">No questions in this dimension yet.</p>
            ) : (
              <ol className="mb-0 list-none pl-0">
                {dimension.questions.map((question, questionIndex) => (
                  <QuestionDetails
                    key={question.id}
                    question={question}
                    number={`${number}.${questionIndex + 1}`}
                    editing={editing}
                    first={questionIndex === 0}
                    last={questionIndex === dimension.questions.length - 1}
                  />
                ))}
              </ol>
            )}
          </li>
        );
      })}
    </ol>
  );
}
