"use client";

import type { Path } from "react-hook-form";

import { deleteParty, saveParty } from "@/app/agreements/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  article6Labels,
  article9Labels,
  controllerRoleLabels,
  directionLabels,
} from "@/lib/agreements/labels";
import { type PartyInput, partySchema } from "@/lib/agreements/schemas";
import { membershipRoleLabels } from "@/lib/users/types";
import type { MembershipRole } from "@/lib/generated/prisma/enums";

const optionsOf = (labels: Record<string, string>, blank?: string) => [
  ...(blank === undefined ? [] : [{ value: "", label: blank }]),
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

const fields: Path<PartyInput>[] = [
  "organisationId",
  "controllerRole",
  "direction",
  "signatoryId",
  "contactName",
  "contactEmail",
  "dpoName",
  "dpoEmail",
  "article6Basis",
  "article9Condition",
  "schedule1Condition",
  "privacyNoticeUpdated",
];

/**
 * Adds a party (choosing its organisation) or changes one (its organisation fixed, and who signs
 * for it chosen from the people the server says may).
 */
export function PartyForm({
  agreementId,
  lockVersion,
  partyId,
  defaults,
  organisations,
  organisationName,
  signatoryOptions,
}: {
  agreementId: string;
  lockVersion: number;
  partyId: string | null;
  defaults: PartyInput;
  organisations?: { id: string; name: string }[];
  organisationName?: string;
  signatoryOptions?: { id: string; name: string; role: MembershipRole }[];
}) {
  const { register, isSubmitting, onSubmit, summary, getFieldState, formState, runBeside } =
    useActionForm({
      schema: partySchema,
      defaultValues: defaults,
      fields,
      action: (values) => saveParty(agreementId, partyId, lockVersion, values),
    });
  const error = (field: Path<PartyInput>) => getFieldState(field, formState).error?.message;
  const text = (field: Path<PartyInput>, label: string, type = "text") => (
    <TextField id={field} label={label} type={type} error={error(field)} {...register(field)} />
  );
  const select = (
    field: Path<PartyInput>,
    label: string,
    options: { value: string; label: string }[],
    hint?: string,
  ) => (
    <SelectField
      id={field}
      label={label}
      hint={hint}
      options={options}
      error={error(field)}
      {...register(field)}
    />
  );
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {organisations ? (
        select("organisationId", "Organisation", [
          { value: "", label: "Select an organisation" },
          ...organisations.map((o) => ({ value: o.id, label: o.name })),
        ])
      ) : (
        <>
          <p>
            <strong>Organisation:</strong> {organisationName}
          </p>
          <input type="hidden" {...register("organisationId")} />
        </>
      )}
      {select("controllerRole", "Role under UK GDPR", optionsOf(controllerRoleLabels))}
      {select("direction", "Provides or receives data", optionsOf(directionLabels))}
      {signatoryOptions ? (
        select(
          "signatoryId",
          "Who signs for this organisation",
          [
            { value: "", label: "Not named yet" },
            ...signatoryOptions.map((person) => ({
              value: person.id,
              label: `${person.name} (${membershipRoleLabels[person.role]})`,
            })),
          ],
          signatoryOptions.length === 0
            ? "Nobody in this organisation is an information governance lead or admin yet: invite one from its profile."
            : "Information governance leads and admins of the organisation.",
        )
      ) : (
        <input type="hidden" {...register("signatoryId")} />
      )}
      {text("contactName", "Contact name (optional)")}
      {text("contactEmail", "Contact email (optional)", "email")}
      {text("dpoName", "Data Protection Officer (optional)")}
      {text("dpoEmail", "Data Protection Officer's email (optional)", "email")}
      {select(
        "article6Basis",
        "UK GDPR Article 6 basis",
        optionsOf(article6Labels, "Not recorded"),
      )}
      {select(
        "article9Condition",
        "UK GDPR Article 9 condition",
        optionsOf(article9Labels, "None (no special category data)"),
      )}
      <TextField
        id="schedule1Condition"
        label="DPA 2018 Schedule 1 condition"
        hint="Needed with Article 9(2)(g) to (j), such as Part 1, paragraph 2 (health or social care purposes)"
        error={error("schedule1Condition")}
        {...register("schedule1Condition")}
      />
      <ChoiceFieldset id="privacy" legend="Privacy notice">
        <Choice
          id="privacyNoticeUpdated"
          label="The organisation's privacy notice describes this sharing"
        >
          <input
            id="privacyNoticeUpdated"
            type="checkbox"
            className={choiceInputClass}
            {...register("privacyNoticeUpdated")}
          />
        </Choice>
      </ChoiceFieldset>
      <FormFooter
        submitLabel={partyId ? "Save party" : "Add party"}
        isSubmitting={isSubmitting}
        cancelHref={`/agreements/${agreementId}/parties`}
      />
      {partyId ? (
        <p>
          <button
            type="button"
            className="nhs-button nhs-button-secondary"
            disabled={isSubmitting}
            onClick={() => void runBeside(() => deleteParty(agreementId, partyId, lockVersion))}
          >
            Remove this party
          </button>
        </p>
      ) : null}
    </form>
  );
}
