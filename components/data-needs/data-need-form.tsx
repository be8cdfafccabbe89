"use client";

import type { DefaultValues } from "react-hook-form";

import { saveDataNeed } from "@/app/organisations/[organisationId]/data-needs/actions";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { GroupedSelectField, type SelectOptionGroup } from "@/components/ui/grouped-select-field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { type DataNeedInput, dataNeedSchema } from "@/lib/data-needs/schemas";
import { anyOrganisationOfType, organisationTypes } from "@/lib/organisations/types";
import {
  importanceLabels,
  importanceValues,
  needMetLabels,
  needMetValues,
  timelinessLabels,
  timelinessValues,
} from "@/lib/pathways/types";

type Field = keyof DataNeedInput;

const labels: Record<Field, string> = {
  teamOrRole: "Team or role that needs the data",
  dataCategoryId: "Kind of data",
  source: "Where the data comes from",
  timeliness: "How soon it is needed",
  volumePerMonth: "Records a month (optional)",
  purpose: "What it is needed for",
  decision: "The decision it informs (optional)",
  importance: "How important it is",
  metToday: "How far the need is met today",
  pathwayStepId: "Pathway step it serves (optional)",
};
const fields = Object.keys(labels) as Field[];

const typeLanes = organisationTypes.map((type) => ({
  value: `type:${type}`,
  label: anyOrganisationOfType(type),
}));

const choose = (prompt: string, values: string[], names: Record<string, string>) => [
  { value: "", label: prompt },
  ...values.map((value) => ({ value, label: names[value] ?? value })),
];

/** Records a data need of an organisation, or changes one when given its id and version. */
export function DataNeedForm({
  organisationId,
  need,
  defaults,
  options,
}: {
  organisationId: string;
  /** The need to change and the version it was opened at; none to record one. */
  need?: { id: string; version: number };
  defaults: DefaultValues<DataNeedInput>;
  options: {
    categories: { value: string; label: string }[];
    organisations: { value: string; label: string }[];
    pathwaySteps: SelectOptionGroup[];
  };
}) {
  const listHref = `/organisations/${organisationId}/data-needs`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: dataNeedSchema,
    defaultValues: defaults,
    fields,
    // The values as typed, not as parsed: the server parses them with the same schema.
    action: (_values, typed) =>
      saveDataNeed(organisationId, need?.id ?? null, need?.version ?? null, typed),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField
        id="teamOrRole"
        label={labels.teamOrRole}
        hint="For example, district nurses, or the discharge team"
        autoComplete="off"
        error={errors.teamOrRole?.message}
        {...register("teamOrRole")}
      />
      <SelectField
        id="dataCategoryId"
        label={labels.dataCategoryId}
        error={errors.dataCategoryId?.message}
        options={[{ value: "", label: "Select the kind of data" }, ...options.categories]}
        {...register("dataCategoryId")}
      />
      <GroupedSelectField
        id="source"
        label={labels.source}
        hint="One organisation, or any organisation of a type"
        error={errors.source?.message}
        options={[{ value: "", label: "Select where the data comes from" }]}
        groups={[
          { label: "Any organisation of a type", options: typeLanes },
          { label: "One organisation", options: options.organisations },
        ]}
        {...register("source")}
      />
      <SelectField
        id="timeliness"
        label={labels.timeliness}
        error={errors.timeliness?.message}
        options={choose("Select how soon", timelinessValues, timelinessLabels)}
        {...register("timeliness")}
      />
      <TextField
        id="volumePerMonth"
        label={labels.volumePerMonth}
        hint="About how many records or people a month, as a whole number"
        inputMode="numeric"
        autoComplete="off"
        className="max-w-[12rem]"
        error={errors.volumePerMonth?.message}
        {...register("volumePerMonth")}
      />
      <TextareaField
        id="purpose"
        label={labels.purpose}
        error={errors.purpose?.message}
        {...register("purpose")}
      />
      <TextareaField
        id="decision"
        label={labels.decision}
        hint="For example, whether the person can go home today"
        error={errors.decision?.message}
        {...register("decision")}
      />
      <SelectField
        id="importance"
        label={labels.importance}
        error={errors.importance?.message}
        options={choose("Select how important", importanceValues, importanceLabels)}
        {...register("importance")}
      />
      <SelectField
        id="metToday"
        label={labels.metToday}
        error={errors.metToday?.message}
        options={choose("Select how far it is met", needMetValues, needMetLabels)}
        {...register("metToday")}
      />
      <GroupedSelectField
        id="pathwayStepId"
        label={labels.pathwayStepId}
        error={errors.pathwayStepId?.message}
        options={[{ value: "", label: "None" }]}
        groups={options.pathwaySteps}
        {...register("pathwayStepId")}
      />
      <FormFooter
        submitLabel={need ? "Save data need" : "Record data need"}
        isSubmitting={isSubmitting}
        cancelHref={listHref}
      />
    </form>
  );
}
