"use client";

import { addCommitment, saveCommitment } from "@/app/commitments/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { commitmentStatusLabels, commitmentStatuses } from "@/lib/commitments/labels";
import { type CommitmentInput, commitmentSchema } from "@/lib/commitments/schemas";

const fields = ["title", "description", "ownerId", "dueOn", "status", "link"] as const;

/** Records an organisation's commitment, or changes one when given its id and version. */
export function CommitmentForm({
  organisationId,
  commitment,
  defaults,
  owners,
  links,
}: {
  organisationId: string;
  commitment?: { id: string; version: number };
  defaults: CommitmentInput;
  owners: { value: string; label: string }[];
  links: { value: string; label: string }[];
}) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: commitmentSchema,
    defaultValues: defaults,
    fields,
    action: (_parsed, typed) =>
      commitment
        ? saveCommitment(commitment.id, commitment.version, typed)
        : addCommitment(organisationId, typed),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="title"
        label="What has the organisation promised?"
        hint="For example: sign the discharge agreement by March"
        error={errors.title?.message}
        {...register("title")}
      />
      <TextareaField
        id="description"
        label="Details (optional)"
        error={errors.description?.message}
        {...register("description")}
      />
      <SelectField
        id="ownerId"
        label="Owner"
        hint="A member of the organisation with an account"
        error={errors.ownerId?.message}
        options={[{ value: "", label: "Nobody yet" }, ...owners]}
        {...register("ownerId")}
      />
      <TextField
        id="dueOn"
        type="date"
        label="Due date"
        className="max-w-[12rem]"
        error={errors.dueOn?.message}
        {...register("dueOn")}
      />
      <SelectField
        id="link"
        label="Record that proves it (optional)"
        hint="With a record, the status follows it: done once the agreement is active, the assessment submitted, the pathway published or the flow fully digital"
        error={errors.link?.message}
        options={[{ value: "", label: "No record" }, ...links]}
        {...register("link")}
      />
      <SelectField
        id="status"
        label="Status"
        hint="Overdue and not done turns at risk by itself"
        error={errors.status?.message}
        options={commitmentStatuses.map((status) => ({
          value: status,
          label: commitmentStatusLabels[status],
        }))}
        {...register("status")}
      />
      <FormFooter
        submitLabel={commitment ? "Save commitment" : "Record commitment"}
        isSubmitting={isSubmitting}
        cancelHref={commitment ? `/commitments/${commitment.id}` : "/commitments"}
      />
    </form>
  );
}
