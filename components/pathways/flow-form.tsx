"use client";

import type { DefaultValues } from "react-hook-form";

import { saveFlow } from "@/app/pathways/[pathwayId]/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { type FlowInput, flowSchema } from "@/lib/pathways/schemas";
import {
  flowStateLabels,
  flowStates,
  mechanismLabels,
  mechanisms,
  timelinessLabels,
  timelinessValues,
} from "@/lib/pathways/types";

const fields = [
  "fromStepId",
  "toStepId",
  "dataCategoryIds",
  "purpose",
  "timeliness",
  "volumePerMonth",
  "mechanism",
  "standard",
  "currentState",
  "senderHoldsDigitally",
  "receiverCanTakeIn",
  "notes",
] as const;

const known = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unknown", label: "Not known" },
];

/** Adds an information flow between two steps, or changes one given its id and version. */
export function FlowForm({
  pathwayId,
  flow,
  defaults,
  steps,
  categories,
}: {
  pathwayId: string;
  flow?: { id: string; version: number };
  defaults: DefaultValues<FlowInput>;
  steps: { id: string; label: string }[];
  categories: { id: string; name: string }[];
}) {
  const editorHref = `/pathways/${pathwayId}/edit`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: flowSchema,
    defaultValues: defaults,
    fields,
    // The server parses what was typed with the same schema, so it gets the raw values, not the
    // parsed ones (a lane is sent as "org:<id>", not as the object it parses to).
    action: (_values, typed) => saveFlow(pathwayId, flow?.id ?? null, typed, flow?.version ?? null),
  });

  const stepOptions = [
    { value: "", label: "Select a step" },
    ...steps.map((step) => ({ value: step.id, label: step.label })),
  ];
  const knownChoices = (field: "senderHoldsDigitally" | "receiverCanTakeIn") =>
    known.map((option, index) => {
      const id = index === 0 ? field : `${field}-${option.value}`;
      return (
        <Choice key={option.value} id={id} label={option.label}>
          <input
            id={id}
            type="radio"
            value={option.value}
            className={choiceInputClass}
            {...register(field)}
          />
        </Choice>
      );
    });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <SelectField
        id="fromStepId"
        label="From step"
        hint="The step whose organisation sends the data"
        error={errors.fromStepId?.message}
        options={stepOptions}
        {...register("fromStepId")}
      />
      <SelectField
        id="toStepId"
        label="To step"
        hint="The step whose organisation receives it"
        error={errors.toStepId?.message}
        options={stepOptions}
        {...register("toStepId")}
      />
      <ChoiceFieldset
        id="dataCategoryIds"
        legend="Kinds of data"
        hint="Select all that the flow carries"
        error={errors.dataCategoryIds?.message}
      >
        <div className="grid gap-x-6 md:grid-cols-2">
          {categories.map((category, index) => {
            const id = index === 0 ? "dataCategoryIds" : `dataCategoryIds-${category.id}`;
            return (
              <Choice key={category.id} id={id} label={category.name}>
                <input
                  id={id}
                  type="checkbox"
                  value={category.id}
                  className={choiceInputClass}
                  {...register("dataCategoryIds")}
                />
              </Choice>
            );
          })}
        </div>
      </ChoiceFieldset>
      <TextField
        id="purpose"
        label="Purpose"
        hint="What the receiver needs the data for"
        error={errors.purpose?.message}
        {...register("purpose")}
      />
      <SelectField
        id="timeliness"
        label="How soon"
        error={errors.timeliness?.message}
        options={[
          { value: "", label: "Select how soon" },
          ...timelinessValues.map((value) => ({ value, label: timelinessLabels[value] })),
        ]}
        {...register("timeliness")}
      />
      <TextField
        id="volumePerMonth"
        label="Records a month (optional)"
        hint="A whole number, for example 120"
        inputMode="numeric"
        className="max-w-[12rem]"
        error={errors.volumePerMonth?.message}
        {...register("volumePerMonth")}
      />
      <SelectField
        id="mechanism"
        label="How it is shared"
        error={errors.mechanism?.message}
        options={[
          { value: "", label: "Select how it is shared" },
          ...mechanisms.map((value) => ({ value, label: mechanismLabels[value] })),
        ]}
        {...register("mechanism")}
      />
      <TextField
        id="standard"
        label="Standard (optional)"
        hint="For example FHIR UK Core, or the PRSB eDischarge summary"
        error={errors.standard?.message}
        {...register("standard")}
      />
      <SelectField
        id="currentState"
        label="Today"
        hint="How the flow happens now"
        error={errors.currentState?.message}
        options={[
          { value: "", label: "Select how it happens today" },
          ...flowStates.map((value) => ({ value, label: flowStateLabels[value] })),
        ]}
        {...register("currentState")}
      />
      <ChoiceFieldset
        id="senderHoldsDigitally"
        legend="Does the sender hold this data digitally?"
        error={errors.senderHoldsDigitally?.message}
      >
        {knownChoices("senderHoldsDigitally")}
      </ChoiceFieldset>
      <ChoiceFieldset
        id="receiverCanTakeIn"
        legend="Can the receiver take it into its own system?"
        error={errors.receiverCanTakeIn?.message}
      >
        {knownChoices("receiverCanTakeIn")}
      </ChoiceFieldset>
      <TextareaField
        id="notes"
        label="Notes (optional)"
        error={errors.notes?.message}
        {...register("notes")}
      />
      <FormFooter
        submitLabel={flow ? "Save flow" : "Add flow"}
        isSubmitting={isSubmitting}
        cancelHref={editorHref}
      />
    </form>
  );
}
