"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Controller } from "react-hook-form";

import { openRoundAction, updateRoundAction } from "@/app/maturity/rounds/actions";
import { CheckboxList, type CheckboxOption } from "@/components/ui/checkbox-list";
import { OrganisationTypeChoices } from "@/components/organisations/organisation-type-choices";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  type RoundChangeInput,
  roundChangeSchema,
  type RoundInput,
  roundSchema,
} from "@/lib/maturity/schemas";

const fields = [
  "name",
  "frameworkId",
  "invitedTypes",
  "organisationIds",
  "opensOn",
  "closesOn",
] as const;

interface Option {
  value: string;
  label: string;
}

/** Opens a round: its name, framework, who is invited and its days. */
export function NewRoundForm({
  frameworks,
  organisations,
  defaults,
}: {
  frameworks: Option[];
  organisations: CheckboxOption[];
  defaults: RoundInput;
}) {
  const { register, control, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: roundSchema,
    defaultValues: defaults,
    fields,
    // The values as typed: the server parses them with the same schema.
    action: (_values, typed) => openRoundAction(typed),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="name"
        label="Name of the round"
        hint="For example, 2026 Q4"
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <SelectField
        id="frameworkId"
        label="Framework"
        hint="The round uses the framework's newest version; later changes to it start a new version"
        error={errors.frameworkId?.message}
        options={[{ value: "", label: "Select a framework" }, ...frameworks]}
        {...register("frameworkId")}
      />
      <OrganisationTypeChoices
        id="invitedTypes"
        legend="Invite every organisation of these types"
        hint="Select all that apply, or none if you choose organisations by name below"
        error={errors.invitedTypes?.message}
        registration={register("invitedTypes")}
      />
      <Controller
        control={control}
        name="organisationIds"
        render={({ field }) => (
          <CheckboxList
            id="organisationIds"
            name="organisationIds"
            legend="Also invite these organisations (optional)"
            hint="Search, tick the ones to invite, or select all of a type"
            noun={{ one: "organisation", many: "organisations" }}
            error={errors.organisationIds?.message}
            options={organisations}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
          />
        )}
      />
      <DateFields register={register} errors={errors} />
      <FormFooter submitLabel="Open round" isSubmitting={isSubmitting} cancelHref="/maturity" />
    </form>
  );
}

type DateRegister = (name: "opensOn" | "closesOn") => UseFormRegisterReturn;

function DateFields({
  register,
  errors,
}: {
  register: DateRegister;
  errors: { opensOn?: { message?: string }; closesOn?: { message?: string } };
}) {
  return (
    <>
      <TextField
        id="opensOn"
        type="date"
        label="Opens on"
        hint="Answers can be given from the start of this day (UTC)"
        className="max-w-[12rem]"
        error={errors.opensOn?.message}
        {...register("opensOn")}
      />
      <TextField
        id="closesOn"
        type="date"
        label="Closes on"
        hint="Answers are read-only after the end of this day (UTC)"
        className="max-w-[12rem]"
        error={errors.closesOn?.message}
        {...register("closesOn")}
      />
    </>
  );
}

const changeFields = ["name", "opensOn", "closesOn"] as const;

/** Changes a round's name and days; who is invited stays as it was. */
export function EditRoundForm({
  roundId,
  defaults,
}: {
  roundId: string;
  defaults: RoundChangeInput;
}) {
  const roundHref = `/maturity/rounds/${roundId}`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: roundChangeSchema,
    defaultValues: defaults,
    fields: changeFields,
    // The values as typed: the server parses them with the same schema.
    action: (_values, typed) => updateRoundAction(roundId, typed),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="name"
        label="Name of the round"
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <DateFields register={register} errors={errors} />
      <FormFooter submitLabel="Save round" isSubmitting={isSubmitting} cancelHref={roundHref} />
    </form>
  );
}
