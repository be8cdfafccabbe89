"use client";

import type { Path } from "react-hook-form";

import { recordLesson, saveLesson } from "@/app/lessons/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { GroupedSelectField, type SelectOptionGroup } from "@/components/ui/grouped-select-field";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  careSettingLabels,
  careSettings,
  lessonOutcomeLabels,
  lessonOutcomes,
  MAX_LESSON_SYSTEMS,
  projectTypeLabels,
  projectTypes,
  wglMeasureLabels,
  wglMeasures,
} from "@/lib/lessons/labels";
import {
  type LessonFormValues,
  type LessonInput,
  lessonSchema,
  type LessonSystemRow,
} from "@/lib/lessons/schemas";
import {
  organisationTypeLabels,
  organisationTypes,
  systemCategories,
  systemCategoryLabels,
} from "@/lib/organisations/types";

export interface LessonFormChoices {
  organisations: { id: string; name: string }[];
  places: { id: string; name: string }[];
  pathways: { id: string; name: string }[];
  steps: SelectOptionGroup[];
  dimensions: { key: string; name: string }[];
  suppliers: string[];
  products: string[];
}

const MARKDOWN_HINT = "You can use Markdown: lists, links, **bold**.";

const longFields = [
  { name: "whatWeTried", label: "What we tried", hint: "What you did, and in what order." },
  { name: "whatHappened", label: "What happened", hint: "The effect, for people and for care." },
  { name: "why", label: "Why", hint: "The causes or triggers, as far as you know them." },
  {
    name: "earlyWarningSigns",
    label: "Early warning signs (optional)",
    hint: "What told you, or could have told you, that it was going that way.",
  },
  { name: "recommendation", label: "What we recommend", hint: "What others should do." },
] as const;

/** The fields in the order the form shows them, for the error summary. */
const fieldOrder = (rows: number): Path<LessonInput>[] => [
  "title",
  "outcome",
  "audience",
  "organisationId",
  "organisationType",
  "placeId",
  ...Array.from({ length: rows }, (_, index) =>
    (["category", "supplier", "product"] as const).map(
      (part) => `systems.${index}.${part}` as Path<LessonInput>,
    ),
  ).flat(),
  "pathwayId",
  "stepId",
  "dimensionKey",
  "careSetting",
  "projectType",
  "wglMeasure",
  ...longFields.map((field) => field.name),
  "evidenceLinks",
];

const options = <T extends string>(
  none: string,
  values: readonly T[],
  labels: Record<T, string>,
) => [{ value: "", label: none }, ...values.map((value) => ({ value, label: labels[value] }))];

/** Records a lesson learned, or changes one (`lesson` with its id and version). */
export function LessonForm({
  choices,
  initial,
  lesson,
}: {
  choices: LessonFormChoices;
  initial: LessonFormValues;
  lesson?: { id: string; version: number };
}) {
  const given = initial.systems ?? [];
  const rows = Math.min(MAX_LESSON_SYSTEMS, Math.max(given.length + 1, 2));
  const systems = Array.from(
    { length: rows },
    (_, index): LessonSystemRow => given[index] ?? { category: "", supplier: "", product: "" },
  );
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: lessonSchema,
    defaultValues: { ...initial, systems },
    fields: fieldOrder(rows),
    fieldIds: { outcome: "outcome-WORKED" },
    action: (_values, typed) =>
      lesson ? saveLesson(lesson.id, lesson.version, typed) : recordLesson(typed),
  });
  const message = (name: Path<LessonInput>) => {
    const parts = name.split(".");
    let found: unknown = errors;
    for (const part of parts) {
      found =
        found && typeof found === "object" ? (found as Record<string, unknown>)[part] : undefined;
    }
    const text =
      found && typeof found === "object" ? (found as { message?: unknown }).message : undefined;
    return typeof text === "string" ? text : undefined;
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <TextField id="title" label="Title" error={message("title")} {...register("title")} />
      <ChoiceFieldset id="outcome" legend="Did it work?" error={message("outcome")}>
        {lessonOutcomes.map((value) => (
          <Choice key={value} id={`outcome-${value}`} label={lessonOutcomeLabels[value]}>
            <input
              id={`outcome-${value}`}
              type="radio"
              value={value}
              className={choiceInputClass}
              {...register("outcome")}
            />
          </Choice>
        ))}
      </ChoiceFieldset>
      <TextField
        id="audience"
        label="Who it is for"
        hint="For example, care homes joining the shared care record."
        error={message("audience")}
        {...register("audience")}
      />

      <h2>Context</h2>
      <SelectField
        id="organisationId"
        label="Organisation it was learned at (optional)"
        hint="One of your organisations, or none to tell it for nobody in particular."
        error={message("organisationId")}
        options={[
          { value: "", label: "None" },
          ...choices.organisations.map((organisation) => ({
            value: organisation.id,
            label: organisation.name,
          })),
        ]}
        {...register("organisationId")}
      />
      <SelectField
        id="organisationType"
        label="Type of organisation (optional)"
        error={message("organisationType")}
        options={options("Not given", organisationTypes, organisationTypeLabels)}
        {...register("organisationType")}
      />
      <SelectField
        id="placeId"
        label="Place (optional)"
        error={message("placeId")}
        options={[
          { value: "", label: "Not given" },
          ...choices.places.map((place) => ({ value: place.id, label: place.name })),
        ]}
        {...register("placeId")}
      />
      {systems.map((_, index) => (
        <fieldset key={index} className="mb-6 border-0 p-0">
          <legend className="mb-2 text-lg font-bold">System {index + 1} (optional)</legend>
          <SelectField
            id={`systems.${index}.category`}
            label="Kind of system"
            error={message(`systems.${index}.category`)}
            options={options("Select a kind", systemCategories, systemCategoryLabels)}
            {...register(`systems.${index}.category`)}
          />
          <TextField
            id={`systems.${index}.supplier`}
            label="Supplier"
            autoComplete="off"
            list="lesson-suppliers"
            error={message(`systems.${index}.supplier`)}
            {...register(`systems.${index}.supplier`)}
          />
          <TextField
            id={`systems.${index}.product`}
            label="Product"
            autoComplete="off"
            list="lesson-products"
            error={message(`systems.${index}.product`)}
            {...register(`systems.${index}.product`)}
          />
        </fieldset>
      ))}
      <datalist id="lesson-suppliers">
        {choices.suppliers.map((supplier) => (
          <option key={supplier} value={supplier} />
        ))}
      </datalist>
      <datalist id="lesson-products">
        {choices.products.map((product) => (
          <option key={product} value={product} />
        ))}
      </datalist>
      <SelectField
        id="pathwayId"
        label="Pathway (optional)"
        error={message("pathwayId")}
        options={[
          { value: "", label: "None" },
          ...choices.pathways.map((pathway) => ({ value: pathway.id, label: pathway.name })),
        ]}
        {...register("pathwayId")}
      />
      <GroupedSelectField
        id="stepId"
        label="Pathway step (optional)"
        hint="A step of the pathway above; choosing a step is enough to say the pathway too."
        error={message("stepId")}
        options={[{ value: "", label: "None" }]}
        groups={choices.steps}
        {...register("stepId")}
      />
      <SelectField
        id="dimensionKey"
        label="Maturity dimension (optional)"
        error={message("dimensionKey")}
        options={[
          { value: "", label: "None" },
          ...choices.dimensions.map((dimension) => ({
            value: dimension.key,
            label: dimension.name,
          })),
        ]}
        {...register("dimensionKey")}
      />
      <SelectField
        id="careSetting"
        label="Care setting (optional)"
        error={message("careSetting")}
        options={options("Not given", careSettings, careSettingLabels)}
        {...register("careSetting")}
      />
      <SelectField
        id="projectType"
        label="Type of project (optional)"
        error={message("projectType")}
        options={options("Not given", projectTypes, projectTypeLabels)}
        {...register("projectType")}
      />
      <SelectField
        id="wglMeasure"
        label="What Good Looks Like success measure (optional)"
        error={message("wglMeasure")}
        options={options("Not given", wglMeasures, wglMeasureLabels)}
        {...register("wglMeasure")}
      />

      <h2>The lesson</h2>
      {longFields.map((field) => (
        <TextareaField
          key={field.name}
          id={field.name}
          label={field.label}
          hint={`${field.hint} ${MARKDOWN_HINT}`}
          rows={6}
          error={message(field.name)}
          {...register(field.name)}
        />
      ))}
      <TextareaField
        id="evidenceLinks"
        label="Evidence (optional)"
        hint="Links to reports, evaluations or documents, one a line, each starting with https://. Up to 10."
        error={message("evidenceLinks")}
        {...register("evidenceLinks")}
      />
      <FormFooter
        submitLabel={lesson ? "Save the lesson" : "Record the lesson"}
        isSubmitting={isSubmitting}
        cancelHref={lesson ? `/lessons/${lesson.id}` : "/lessons"}
      />
    </form>
  );
}
