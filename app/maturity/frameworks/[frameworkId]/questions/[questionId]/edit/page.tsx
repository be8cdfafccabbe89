import { notFound } from "next/navigation";

import { QuestionForm } from "@/components/maturity/frameworks/question-form";
import { BackLink } from "@/components/pathways/back-link";
import { loadForEditing } from "@/lib/maturity/frameworks/load-for-editing";

export const metadata = { title: "Change a question" };

export default async function EditQuestionPage({
  params,
}: {
  params: Promise<{ frameworkId: string; questionId: string }>;
}) {
  const { frameworkId, questionId } = await params;
  const { view } = await loadForEditing(
    frameworkId,
    `/maturity/frameworks/${frameworkId}/questions/${questionId}/edit`,
    "maturity_framework.question_update",
  );
  const question = view.showing.questions.find((candidate) => candidate.id === questionId);
  if (!question) notFound();
  const [one = "", two = "", three = "", four = "", five = ""] = question.levels;
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>Change a question of {view.name}</h1>
      <QuestionForm
        frameworkId={view.id}
        questionId={question.id}
        dimensions={view.showing.dimensions.map(({ id, name }) => ({ id, name }))}
        defaults={{
          dimensionId: question.dimensionId,
          text: question.text,
          guidance: question.guidance ?? "",
          levels: [one, two, three, four, five],
          allowNotApplicable: question.allowNotApplicable,
          appliesTo: question.appliesTo,
          versionId: view.newest.id,
          version: view.newest.version,
        }}
      />
    </div>
  );
}
