import Link from "@/components/ui/link";
import { notFound } from "next/navigation";

import { ScrollRegion } from "@/components/layout/scroll-region";
import { AssignSectionForm } from "@/components/maturity/assessments/assign-section-form";
import { ReviewAssessment } from "@/components/maturity/assessments/review-assessment";
import { progressText, StatusTag } from "@/components/maturity/assessments/status-tag";
import { SubmitAssessment } from "@/components/maturity/assessments/submit-assessment";
import { requireActor } from "@/lib/auth/require-actor";
import { getAssessment } from "@/lib/maturity/assessments/get-assessment";
import { formatDay, roundPhaseLabels } from "@/lib/maturity/labels";
import { maturityPolicy } from "@/lib/maturity/policy";

export const metadata = { title: "Assessment" };

export default async function AssessmentPage({
  params,
}: {
  params: Promise<{ assessmentId: string }>;
}) {
  const { assessmentId } = await params;
  const actor = await requireActor(`/maturity/assessments/${assessmentId}`);
  const assessment = await getAssessment(actor, assessmentId);
  if (!assessment) notFound();
  const { round, organisation, can } = assessment;
  const isLead = maturityPolicy.canManage(actor);
  const base = `/maturity/assessments/${assessment.id}`;
  const details = [
    ["Framework", `${assessment.framework.name} (version ${assessment.framework.number})`],
    [
      "Round",
      `${roundPhaseLabels[round.phase]}: ${formatDay(round.opensOn)} to ${formatDay(round.closesOn)}`,
    ],
    ["Progress", progressText(assessment.answered, assessment.questions)],
    ...(assessment.submittedAt
      ? [
          [
            "Submitted",
            `${formatDay(assessment.submittedAt)}${assessment.submittedBy ? ` by ${assessment.submittedBy}` : ""}`,
          ] as const,
        ]
      : []),
    ...(assessment.validatedAt ? [["Validated", formatDay(assessment.validatedAt)] as const] : []),
  ] as const;

  return (
    <>
      <p className="mb-2">
        {isLead ? (
          <Link href={`/maturity/rounds/${round.id}`}>Back to {round.name}</Link>
        ) : (
          <Link href="/maturity">Back to digital maturity</Link>
        )}
      </p>
      <h1>
        {round.name}: {organisation.name}
      </h1>
      <p>
        <StatusTag status={assessment.status} />
      </p>
      <dl className="nhs-card">
        {details.map(([label, value]) => (
          <div key={label} className="py-1">
            <dt className="inline font-bold">{label}: </dt>
            <dd className="inline">{value}</dd>
          </div>
        ))}
      </dl>

      {assessment.status === "RETURNED" && assessment.returnComment ? (
        <div className="nhs-card border-l-8 border-l-nhs-red" role="note">
          <h2 className="text-xl">Returned with comments</h2>
          <p className="mb-0 whitespace-pre-line">{assessment.returnComment}</p>
        </div>
      ) : null}
      {assessment.lockedBecause ? (
        <p className="nhs-card" role="status">
          {assessment.lockedBecause}
        </p>
      ) : null}

      <section aria-labelledby="dimensions-heading" className="mb-8">
        <h2 id="dimensions-heading">Sections</h2>
        <ScrollRegion label="Progress by section">
          <table className="nhs-table">
            <caption className="sr-only">Progress by section</caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Progress</th>
                <th scope="col">Answered by</th>
              </tr>
            </thead>
            <tbody>
              {assessment.dimensions.map((dimension) => (
                <tr key={dimension.id}>
                  <th scope="row" className="font-normal">
                    <Link href={`${base}/dimensions/${dimension.id}`}>{dimension.name}</Link>
                    {can.answer(dimension.assignee?.id ?? null) ? (
                      <span className="block text-nhs-secondary">You can answer this</span>
                    ) : null}
                  </th>
                  <td>{progressText(dimension.answered, dimension.questions)}</td>
                  <td>
                    {can.assign ? (
                      <AssignSectionForm
                        assessmentId={assessment.id}
                        dimension={{ id: dimension.id, name: dimension.name }}
                        assigneeId={dimension.assignee?.id ?? null}
                        members={assessment.members}
                      />
                    ) : (
                      (dimension.assignee?.name ?? "The organisation's admins")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </section>

      {can.submit ? (
        <section aria-labelledby="submit-heading" className="mb-8">
          <h2 id="submit-heading">Submit</h2>
          <p>
            {assessment.complete
              ? "Every question has an answer. Once submitted, answers cannot change unless the programme lead returns the assessment."
              : `${assessment.questions - assessment.answered} questions still need an answer before the assessment can be submitted.`}
          </p>
          <SubmitAssessment
            assessmentId={assessment.id}
            version={assessment.version}
            dimensions={assessment.dimensions.map(({ id, name }) => ({ id, name }))}
          />
        </section>
      ) : null}

      {can.review ? (
        <section aria-labelledby="review-heading" className="mb-8">
          <h2 id="review-heading">Review</h2>
          <ReviewAssessment
            assessmentId={assessment.id}
            version={assessment.version}
            canReturn={can.returnIt}
          />
        </section>
      ) : null}
    </>
  );
}
