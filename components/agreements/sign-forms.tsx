"use client";

import { declineAgreementAction, signAgreementAction } from "@/app/agreements/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { declineSchema, signSchema } from "@/lib/agreements/schemas";

/** Signs the version shown: the attestation ticked and the password entered again. */
export function SignForm({
  agreementId,
  versionHash,
  attestation,
}: {
  agreementId: string;
  versionHash: string;
  attestation: string;
}) {
  const { register, isSubmitting, onSubmit, summary, getFieldState, formState } = useActionForm({
    schema: signSchema,
    defaultValues: { versionHash, password: "" },
    fields: ["attest", "password", "versionHash"],
    action: (values) => signAgreementAction(agreementId, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...register("versionHash")} />
      <ChoiceFieldset
        id="attest"
        legend="Your statement"
        error={getFieldState("attest", formState).error?.message}
      >
        <Choice id="attest" label={attestation}>
          <input id="attest" type="checkbox" className={choiceInputClass} {...register("attest")} />
        </Choice>
      </ChoiceFieldset>
      <TextField
        id="password"
        label="Your password"
        hint="Enter it again to confirm it is you who signs."
        type="password"
        autoComplete="current-password"
        error={getFieldState("password", formState).error?.message}
        {...register("password")}
      />
      <FormFooter
        submitLabel="Sign the agreement"
        isSubmitting={isSubmitting}
        cancelHref={`/agreements/${agreementId}`}
      />
    </form>
  );
}

/** Declines, for the signatory's organisation, to sign the version shown, with a reason. */
export function DeclineForm({
  agreementId,
  versionHash,
}: {
  agreementId: string;
  versionHash: string;
}) {
  const { register, isSubmitting, onSubmit, summary, getFieldState, formState } = useActionForm({
    schema: declineSchema,
    defaultValues: { versionHash, reason: "" },
    fields: ["reason", "versionHash"],
    action: (values) => declineAgreementAction(agreementId, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...register("versionHash")} />
      <TextareaField
        id="reason"
        label="Why your organisation declines to sign"
        hint="The parties see this. The agreement goes back to draft for a new version."
        error={getFieldState("reason", formState).error?.message}
        {...register("reason")}
      />
      <FormFooter
        submitLabel="Decline to sign"
        isSubmitting={isSubmitting}
        cancelHref={`/agreements/${agreementId}`}
      />
    </form>
  );
}
