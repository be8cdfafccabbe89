import { notFound } from "next/navigation";

import { removeQuestionConfirmed } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { BackLink } from "@/components/pathways/back-link";
import { ConfirmChange } from "@/components/pathways/confirm-change";
import { loadForEditing } from "@/lib/maturity/frameworks/load-for-editing";

export const metadata = { title: "Remove a question" };

export default async function RemoveQuestionPage({
  params,
}: {
  params: Promise<{ frameworkId: string; questionId: string }>;
}) {
  const { frameworkId, questionId } = await params;
  const { view } = await loadForEditing(
    frameworkId,
    `/maturity/frameworks/${frameworkId}/questions/${questionId}/remove`,
    "maturity_framework.question_remove",
  );
  const dimension = view.showing.dimensions.find((candidate) =>
    candidate.questions.some((question) => question.id === questionId),
  );
  const question = dimension?.questions.find((candidate) => candidate.id === questionId);
  if (!dimension || !question) notFound();
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>Remove this question from {dimension.name}?</h1>
      <p className="nhs-card font-bold">{question.text}</p>
      <p>
        {view.newest.rounds > 0
          ? `A round uses version ${view.newest.number}, so its answers keep the question: it is removed from a new version ${view.newest.number + 1}.`
          : "No round uses this version yet, so the question is removed for good."}
      </p>
      <ConfirmChange
        action={removeQuestionConfirmed}
        hiddenFields={{
          frameworkId: view.id,
          questionId: question.id,
          versionId: view.newest.id,
          version: String(view.newest.version),
        }}
        buttonLabel="Remove question"
        cancelHref={`/maturity/frameworks/${view.id}`}
        danger
      />
    </div>
  );
}
