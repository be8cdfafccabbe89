"use client";

import { useState } from "react";

import {
  returnAssessmentAction,
  validateAssessmentAction,
} from "@/app/maturity/assessments/[assessmentId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextareaField } from "@/components/ui/textarea-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { returnSchema } from "@/lib/maturity/schemas";

/** The lead's review of a submitted assessment: validate it, or return it with comments. */
export function ReviewAssessment({
  assessmentId,
  version,
  canReturn,
}: {
  assessmentId: string;
  version: number;
  canReturn: boolean;
}) {
  const [validating, setValidating] = useState(false);
  const { register, errors, isSubmitting, onSubmit, summary, runBeside } = useActionForm({
    schema: returnSchema,
    defaultValues: { comment: "", version },
    fields: ["comment"],
    action: (_values, typed) => returnAssessmentAction(assessmentId, typed),
  });

  const validate = async () => {
    setValidating(true);
    await runBeside(() => validateAssessmentAction(assessmentId, { version }));
    setValidating(false);
  };

  return (
    <>
      <ErrorSummary errors={summary} />
      <p>
        <button
          type="button"
          className="nhs-button"
          disabled={validating}
          onClick={() => void validate()}
        >
          Validate assessment
        </button>
      </p>
      {canReturn ? (
        <form onSubmit={onSubmit} noValidate>
          <h3>Return it to the organisation</h3>
          <TextareaField
            id="comment"
            label="What needs to change"
            hint="The organisation's people see this with the assessment"
            error={errors.comment?.message}
            {...register("comment")}
          />
          <FormFooter submitLabel="Return assessment" isSubmitting={isSubmitting} secondary />
        </form>
      ) : (
        <p>The round has closed, so the assessment can be validated but not returned.</p>
      )}
    </>
  );
}
