import type { AssessmentStatus } from "@/lib/generated/prisma/enums";
import { assessmentStatusLabels, assessmentStatusTags } from "@/lib/maturity/labels";

/** An assessment's status as a coloured tag. */
export function StatusTag({ status }: { status: AssessmentStatus }) {
  return (
    <strong className={`nhs-tag ${assessmentStatusTags[status]}`}>
      {assessmentStatusLabels[status]}
    </strong>
  );
}

/** Answered of the questions that apply, as words. */
export const progressText = (answered: number, questions: number) =>
  `${answered} of ${questions} answered`;
