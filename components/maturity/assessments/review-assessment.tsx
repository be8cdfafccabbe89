"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";

import {
  returnAssessmentAction,
  validateAssessmentAction,
} from "@/app/maturity/assessments/[assessmentId]/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryOf, showActionErrors } from "@/components/ui/form-errors";
import { TextareaField } from "@/components/ui/textarea-field";
import { type ReturnInput, returnSchema } from "@/lib/maturity/schemas";

const fields = ["comment"] as const;

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
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const [validating, setValidating] = useState(false);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ReturnInput>({
    resolver: zodResolver(returnSchema),
    defaultValues: { comment: "", version },
    shouldFocusError: false,
  });

  const validate = async () => {
    setFormError(undefined);
    setValidating(true);
    const result = await validateAssessmentAction(assessmentId, { version });
    setValidating(false);
    if (result.ok) router.refresh();
    else setFormError(result.message);
  };

  const onReturn = handleSubmit(async () => {
    setFormError(undefined);
    const result = await returnAssessmentAction(assessmentId, getValues());
    if (result.ok) {
      router.refresh();
      return;
    }
    showActionErrors(result, fields, setError, setFormError);
  });

  return (
    <>
      <ErrorSummary errors={errorSummaryOf(fields, errors, formError)} />
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
        <form onSubmit={(event) => void onReturn(event)} noValidate>
          <h3>Return it to the organisation</h3>
          <TextareaField
            id="comment"
            label="What needs to change"
            hint="The organisation's people see this with the assessment"
            error={errors.comment?.message}
            {...register("comment")}
          />
          <button type="submit" className="nhs-button nhs-button-secondary" disabled={isSubmitting}>
            Return assessment
          </button>
        </form>
      ) : (
        <p>The round has closed, so the assessment can be validated but not returned.</p>
      )}
    </>
  );
}
