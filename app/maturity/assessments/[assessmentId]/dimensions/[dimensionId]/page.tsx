import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { DimensionAnswersForm } from "@/components/maturity/assessments/dimension-answers-form";
import { ReadOnlyAnswers } from "@/components/maturity/assessments/read-only-answers";
import { requireActor } from "@/lib/auth/require-actor";
import { getAssessmentDimension } from "@/lib/maturity/assessments/get-dimension";
import { organisationTypeName } from "@/lib/organisations/types";

export const metadata = { title: "Answer a section" };

export default async function AssessmentDimensionPage({
  params,
  searchParams,
}: {
  params: Promise<{ assessmentId: string; dimensionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { assessmentId, dimensionId } = await params;
  const actor = await requireActor(
    `/maturity/assessments/${assessmentId}/dimensions/${dimensionId}`,
  );
  const view = await getAssessmentDimension(actor, assessmentId, dimensionId);
  if (!view) notFound();
  const notice = await searchParams;
  const { assessment, dimension } = view;
  const overview = `/maturity/assessments/${assessment.id}`;
  const dimensionHref = (id: string) => `${overview}/dimensions/${id}`;
  return (
    <>
      <p className="mb-2">
        <Link href={overview}>
          Back to the assessment of {assessment.organisation.name} in {assessment.round.name}
        </Link>
      </p>
      <p className="mb-1 text-nhs-secondary">
        Section {dimension.position} of {dimension.of}
      </p>
      <h1>{dimension.name}</h1>
      {dimension.description ? <p className="nhs-lede">{dimension.description}</p> : null}
      <p>
        Given to:{" "}
        {view.assignee
          ? view.assignee.name
          : "nobody in particular (the organisation's admins answer it)"}
      </p>

      {notice.saved ? (
        <p className="nhs-card border-l-8 border-l-nhs-green font-bold" role="status">
          Your answers have been saved.
        </p>
      ) : null}
      {notice.notSaved ? (
        <p className="nhs-card border-l-8 border-l-nhs-red font-bold" role="alert">
          Your answers were not saved: check each one is a level from 1 to 5 (or not applicable
          where offered), and that the assessment can still be answered.
        </p>
      ) : null}
      {view.readOnlyBecause ? (
        <p className="nhs-card" role="status">
          {view.readOnlyBecause}
        </p>
      ) : null}

      {view.questions.length === 0 ? (
        <p>
          No question in this section is asked of a{" "}
          {organisationTypeName(assessment.organisation.type)}.
        </p>
      ) : view.readOnlyBecause ? (
        <ReadOnlyAnswers questions={view.questions} />
      ) : (
        <DimensionAnswersForm
          assessmentId={assessment.id}
          dimensionId={dimension.id}
          questions={view.questions.map((question) => ({
            id: question.id,
            text: question.text,
            guidance: question.guidance,
            levels: question.levels,
            allowNotApplicable: question.allowNotApplicable,
            answer: question.answer
              ? {
                  level: question.answer.level,
                  notApplicable: question.answer.notApplicable,
                  evidence: question.answer.evidence,
                }
              : null,
          }))}
        />
      )}

      <nav aria-label="Sections" className="mt-8 flex flex-wrap justify-between gap-4">
        {view.previous ? (
          <Link href={dimensionHref(view.previous.id)} rel="prev">
            Previous section: {view.previous.name}
          </Link>
        ) : (
          <span />
        )}
        {view.next ? (
          <Link href={dimensionHref(view.next.id)} rel="next">
            Next section: {view.next.name}
          </Link>
        ) : (
          <Link href={overview}>Back to the assessment</Link>
        )}
      </nav>
    </>
  );
}
