"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";

import { openRoundAction, updateRoundAction } from "@/app/maturity/rounds/actions";
import { CheckboxList, type CheckboxOption } from "@/components/ui/checkbox-list";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { errorSummaryOf, showActionErrors } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import {
  type RoundChangeInput,
  roundChangeSchema,
  type RoundInput,
  roundSchema,
} from "@/lib/maturity/schemas";
import { organisationTypeLabels, organisationTypes } from "@/lib/organisations/types";

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
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    control,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RoundInput>({
    resolver: zodResolver(roundSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async () => {
    setFormError(undefined);
    const result = await openRoundAction(getValues());
    if (result.ok) {
      router.push(`/maturity/rounds/${result.data.id}`);
      return;
    }
    showActionErrors(result, fields, setError, setFormError);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary errors={errorSummaryOf(fields, errors, formError)} />
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
      <ChoiceFieldset
        id="invitedTypes"
        legend="Invite every organisation of these types"
        hint="Select all that apply, or none if you choose organisations by name below"
        error={errors.invitedTypes?.message}
      >
        <div className="grid gap-x-6 md:grid-cols-2">
          {organisationTypes.map((type, index) => {
            const id = index === 0 ? "invitedTypes" : `invitedTypes-${type}`;
            return (
              <Choice key={type} id={id} label={organisationTypeLabels[type]}>
                <input
                  id={id}
                  type="checkbox"
                  value={type}
                  className={choiceInputClass}
                  {...register("invitedTypes")}
                />
              </Choice>
            );
          })}
        </div>
      </ChoiceFieldset>
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
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          Open round
        </button>
        <Link href="/maturity">Cancel</Link>
      </div>
    </form>
  );
}

type DateRegister = (
  name: "opensOn" | "closesOn",
) => ReturnType<ReturnType<typeof useForm<RoundChangeInput>>["register"]>;

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
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RoundChangeInput>({
    resolver: zodResolver(roundChangeSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const roundHref = `/maturity/rounds/${roundId}`;

  const onSubmit = handleSubmit(async () => {
    setFormError(undefined);
    const result = await updateRoundAction(roundId, getValues());
    if (result.ok) {
      router.push(roundHref);
      router.refresh();
      return;
    }
    showActionErrors(result, changeFields, setError, setFormError);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <ErrorSummary errors={errorSummaryOf(changeFields, errors, formError)} />
      <TextField
        id="name"
        label="Name of the round"
        autoComplete="off"
        error={errors.name?.message}
        {...register("name")}
      />
      <DateFields register={register} errors={errors} />
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          Save round
        </button>
        <Link href={roundHref}>Cancel</Link>
      </div>
    </form>
  );
}
