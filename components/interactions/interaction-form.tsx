"use client";

import { Controller, useFieldArray } from "react-hook-form";
import type { z } from "zod";

import { addInteraction, saveInteraction } from "@/app/interactions/actions";
import { CheckboxList, type CheckboxOption } from "@/components/ui/checkbox-list";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  interactionDirectionLabels,
  interactionDirections,
  interactionKindLabels,
  interactionKinds,
  sentimentLabels,
  sentiments,
} from "@/lib/interactions/labels";
import {
  MAX_FOLLOW_UP_COMMITMENTS,
  type NewInteractionInput,
  newInteractionSchema,
} from "@/lib/interactions/schemas";

import { FollowUpCommitment } from "./follow-up-commitment";

const fields = [
  "kind",
  "occurredOn",
  "direction",
  "organisationIds",
  "personIds",
  "summary",
  "sentiment",
  "followUp",
] as const;

/**
 * Logs an interaction, with any follow-up commitments made at it; or, given its id and version,
 * changes one (follow-ups are then recorded as commitments on their own).
 */
export function InteractionForm({
  interaction,
  defaults,
  organisationOptions,
  peopleOptions,
  recordableOrganisations,
}: {
  interaction?: { id: string; version: number };
  defaults: NewInteractionInput;
  organisationOptions: CheckboxOption[];
  peopleOptions: CheckboxOption[];
  /** The organisations this person may record commitments for, or null for any. */
  recordableOrganisations: string[] | null;
}) {
  const form = useActionForm<NewInteractionInput, z.output<typeof newInteractionSchema>>({
    schema: newInteractionSchema,
    defaultValues: defaults,
    fields,
    action: (_parsed, typed) =>
      interaction
        ? saveInteraction(interaction.id, interaction.version, typed)
        : addInteraction(typed),
  });
  const {
    register,
    errors,
    isSubmitting,
    onSubmit,
    summary,
    control,
    watch,
    getFieldState,
    formState,
  } = form;
  const commitments = useFieldArray({ control, name: "commitments" });
  const chosen = watch("organisationIds") ?? [];
  const committing = organisationOptions
    .filter((option) => chosen.includes(option.value))
    .filter(
      (option) =>
        recordableOrganisations === null || recordableOrganisations.includes(option.value),
    )
    .map((option) => ({ value: option.value, label: option.label }));
  const rows = watch("commitments") ?? [];

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <SelectField
        id="kind"
        label="Kind of interaction"
        error={errors.kind?.message}
        options={interactionKinds.map((kind) => ({
          value: kind,
          label: interactionKindLabels[kind],
        }))}
        {...register("kind")}
      />
      <TextField
        id="occurredOn"
        type="date"
        label="Date"
        className="max-w-[12rem]"
        error={errors.occurredOn?.message}
        {...register("occurredOn")}
      />
      <SelectField
        id="direction"
        label="Who reached out"
        error={errors.direction?.message}
        options={interactionDirections.map((direction) => ({
          value: direction,
          label: interactionDirectionLabels[direction],
        }))}
        {...register("direction")}
      />
      <Controller
        control={control}
        name="organisationIds"
        render={({ field }) => (
          <CheckboxList
            id="organisationIds"
            name="organisationIds"
            legend="Organisations that took part"
            hint="At least one. Their members can read this interaction."
            error={getFieldState("organisationIds", formState).error?.message}
            options={organisationOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            noun={{ one: "organisation", many: "organisations" }}
          />
        )}
      />
      <Controller
        control={control}
        name="personIds"
        render={({ field }) => (
          <CheckboxList
            id="personIds"
            name="personIds"
            legend="People who took part (optional)"
            hint="People with an account; name others in the summary."
            error={getFieldState("personIds", formState).error?.message}
            options={peopleOptions}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            noun={{ one: "person", many: "people" }}
          />
        )}
      />
      <TextareaField
        id="summary"
        label="Summary"
        hint="What was said and agreed"
        error={errors.summary?.message}
        {...register("summary")}
      />
      <SelectField
        id="sentiment"
        label="How did it go?"
        error={errors.sentiment?.message}
        options={sentiments.map((sentiment) => ({
          value: sentiment,
          label: sentimentLabels[sentiment],
        }))}
        {...register("sentiment")}
      />
      <TextareaField
        id="followUp"
        label="Follow-up actions (optional)"
        hint="Promises an organisation made are better recorded as commitments below"
        error={errors.followUp?.message}
        {...register("followUp")}
      />
      {interaction ? null : (
        <section aria-labelledby="follow-ups-heading" className="mb-6">
          <h2 id="follow-ups-heading">Follow-up commitments</h2>
          {commitments.fields.length === 0 ? (
            <p>No commitments were made at this interaction.</p>
          ) : null}
          {commitments.fields.map((row, index) => (
            <FollowUpCommitment
              key={row.id}
              index={index}
              organisationId={rows[index]?.organisationId ?? ""}
              organisations={committing}
              register={register}
              errors={errors}
              onRemove={() => commitments.remove(index)}
            />
          ))}
          {commitments.fields.length < MAX_FOLLOW_UP_COMMITMENTS ? (
            <button
              type="button"
              className="nhs-button nhs-button-secondary"
              disabled={committing.length === 0}
              onClick={() =>
                commitments.append({
                  organisationId: committing.length === 1 ? (committing[0]?.value ?? "") : "",
                  title: "",
                  ownerId: "",
                  dueOn: "",
                  link: "",
                })
              }
            >
              Add a commitment
            </button>
          ) : null}
          {committing.length === 0 ? (
            <p className="mt-2 text-nhs-secondary">
              Select the organisations that took part first.
            </p>
          ) : null}
        </section>
      )}
      <FormFooter
        submitLabel={interaction ? "Save interaction" : "Log interaction"}
        isSubmitting={isSubmitting}
        cancelHref={interaction ? `/interactions/${interaction.id}` : "/interactions"}
      />
    </form>
  );
}
