import { notFound } from "next/navigation";

import { removeDimensionConfirmed } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { BackLink } from "@/components/pathways/back-link";
import { ConfirmChange } from "@/components/pathways/confirm-change";
import { loadForEditing } from "@/lib/maturity/frameworks/load-for-editing";

export const metadata = { title: "Remove a dimension" };

export default async function RemoveDimensionPage({
  params,
}: {
  params: Promise<{ frameworkId: string; dimensionId: string }>;
}) {
  const { frameworkId, dimensionId } = await params;
  const { view } = await loadForEditing(
    frameworkId,
    `/maturity/frameworks/${frameworkId}/dimensions/${dimensionId}/remove`,
    "maturity_framework.dimension_remove",
  );
  const dimension = view.showing.dimensions.find((candidate) => candidate.id === dimensionId);
  if (!dimension) notFound();
  const count = dimension.questions.length;
  return (
    <div className="max-w-[720px]">
      <BackLink href={`/maturity/frameworks/${view.id}`}>Back to {view.name}</BackLink>
      <h1>Remove {dimension.name}?</h1>
      {count > 0 ? (
        <>
          <p>Its {count === 1 ? "question goes" : `${count} questions go`} with it:</p>
          <ul>
            {dimension.questions.map((question) => (
              <li key={question.id}>{question.text}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>It has no questions.</p>
      )}
      <p>
        {view.newest.rounds > 0
          ? `A round uses version ${view.newest.number}, so it keeps the dimension: it is removed from a new version ${view.newest.number + 1}.`
          : "No round uses this version yet, so the dimension is removed for good."}
      </p>
      <ConfirmChange
        action={removeDimensionConfirmed}
        hiddenFields={{
          frameworkId: view.id,
          dimensionId: dimension.id,
          versionId: view.newest.id,
          version: String(view.newest.version),
        }}
        buttonLabel={count > 0 ? "Remove dimension and its questions" : "Remove dimension"}
        cancelHref={`/maturity/frameworks/${view.id}`}
        danger
      />
    </div>
  );
}
