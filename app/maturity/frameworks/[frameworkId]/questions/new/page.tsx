import { redirect } from "next/navigation";

import { QuestionForm } from "@/components/maturity/frameworks/question-form";
import { BackLink } from "@/components/pathways/back-link";
import { loadForEditing } from "@/lib/maturity/frameworks/load-for-editing";

export const metadata = { title: "Add a question" };

export default async function NewQuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ frameworkId: string }>;
  searchParams: Promise<{ dimension?: string }>;
}) {
  const { frameworkId } = await params;
  const { dimension: chosen } = await searchParams;
  const { view } = await loadForEditing(
    frameworkId,
    `/maturity/frameworks/${frameworkId}/questions/new`,
    "maturity_framework.question_add",
  );
  const dimensions = view.showing.dimensions;
  // Questions belong to a dimension: with none yet, add one first.
  if (dimensions.length === 0) redirect(`/maturity/frameworks/${view.id}/dimensions/new`);
  const preset = dimensions.find((dimension) => dimension.id === chosen)?.id;
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>Add a question to {view.name}</h1>
      <p>The question goes after the others in its dimension; you can move it afterwards.</p>
      <QuestionForm
        frameworkId={view.id}
        dimensions={dimensions.map(({ id, name }) => ({ id, name }))}
        defaults={{
          dimensionId: preset ?? (dimensions.length === 1 ? dimensions[0]?.id : "") ?? "",
          text: "",
          guidance: "",
          levels: ["", "", "", "", ""],
          allowNotApplicable: false,
          appliesTo: [],
          versionId: view.newest.id,
          version: view.newest.version,
        }}
      />
    </div>
  );
}
