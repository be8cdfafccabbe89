"use client";

import { z } from "zod";

import { changeAgreementStatus, type StatusChange } from "@/app/agreements/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { returnToDraftSchema, supersedeSchema, terminateSchema } from "@/lib/agreements/schemas";

const noFields = z.object({});

/** A change of status that needs no words: send for review, send for signature. */
export function SendForm({
  agreementId,
  change,
  label,
}: {
  agreementId: string;
  change: Extract<StatusChange, "send_for_review" | "send_for_signature">;
  label: string;
}) {
  const { isSubmitting, onSubmit, summary } = useActionForm({
    schema: noFields,
    defaultValues: {},
    fields: [],
    action: () => changeAgreementStatus(agreementId, change, {}),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <FormFooter submitLabel={label} isSubmitting={isSubmitting} />
    </form>
  );
}

/** The server's schema for the change; only superseding has a field beyond the reason. */
const schemaOf = (change: "return_to_draft" | "terminate" | "supersede") =>
  (change === "supersede"
    ? supersedeSchema
    : change === "terminate"
      ? terminateSchema
      : returnToDraftSchema) as unknown as typeof supersedeSchema;

/** A change of status that needs a reason: return to draft, terminate, supersede. */
export function ReasonForm({
  agreementId,
  change,
  label,
  reasonLabel,
}: {
  agreementId: string;
  change: Extract<StatusChange, "return_to_draft" | "terminate" | "supersede">;
  label: string;
  reasonLabel: string;
}) {
  const { register, isSubmitting, onSubmit, summary, getFieldState, formState } = useActionForm({
    schema: schemaOf(change),
    defaultValues: { reason: "", supersededByReference: "" },
    fields: change === "supersede" ? ["reason", "supersededByReference"] : ["reason"],
    fieldIds: { reason: `${change}-reason`, supersededByReference: `${change}-by` },
    action: (_values, typed) => changeAgreementStatus(agreementId, change, typed),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextareaField
        id={`${change}-reason`}
        label={reasonLabel}
        error={getFieldState("reason", formState).error?.message}
        {...register("reason")}
      />
      {change === "supersede" ? (
        <TextField
          id={`${change}-by`}
          label="Reference of the agreement that replaces it (optional)"
          error={getFieldState("supersededByReference", formState).error?.message}
          {...register("supersededByReference")}
        />
      ) : null}
      <FormFooter submitLabel={label} isSubmitting={isSubmitting} secondary />
    </form>
  );
}
