"use client";

import type { Path } from "react-hook-form";

import { saveQuestion } from "@/app/maturity/frameworks/[frameworkId]/actions";
import { OrganisationTypeChoices } from "@/components/organisations/organisation-type-choices";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { messageAt } from "@/components/ui/form-errors";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { LEVELS } from "@/lib/maturity/scores";
import { type QuestionInput, questionSchema } from "@/lib/maturity/schemas";

const levelField = (index: number) => `levels.${index}` as `levels.${0 | 1 | 2 | 3 | 4}`;
const levelId = (level: number) => `level-${level}`;

/** The form's fields in order, with the id of the control each error summary entry leads to. */
const fields: { name: Path<QuestionInput>; id: string }[] = [
  { name: "dimensionId", id: "dimensionId" },
  { name: "text", id: "text" },
  { name: "guidance", id: "guidance" },
  ...LEVELS.map((level, index) => ({ name: levelField(index), id: levelId(level) })),
  { name: "allowNotApplicable", id: "allowNotApplicable" },
  { name: "appliesTo", id: "appliesTo" },
];

/** Adds a question to a framework, or changes one when given its id. */
export function QuestionForm({
  frameworkId,
  questionId,
  dimensions,
  defaults,
}: {
  frameworkId: string;
  /** The question to change; none to add one. */
  questionId?: string;
  /** The newest version's dimensions, in order. */
  dimensions: { id: string; name: string }[];
  /** The fields, and the version the page was opened at. */
  defaults: QuestionInput;
}) {
  const frameworkHref = `/maturity/frameworks/${frameworkId}`;
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: questionSchema,
    defaultValues: defaults,
    fields: fields.map((field) => field.name),
    fieldIds: Object.fromEntries(fields.map((field) => [field.name, field.id])),
    action: (values) => saveQuestion(frameworkId, questionId ?? null, values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <input type="hidden" {...register("versionId")} />
      <input type="hidden" {...register("version")} />
      <SelectField
        id="dimensionId"
        label="Dimension"
        error={errors.dimensionId?.message}
        options={[
          ...(defaults.dimensionId ? [] : [{ value: "", label: "Select the dimension" }]),
          ...dimensions.map((dimension) => ({ value: dimension.id, label: dimension.name })),
        ]}
        {...register("dimensionId")}
      />
      <TextareaField
        id="text"
        label="Question"
        hint="For example, How do staff see a person's records from other organisations?"
        rows={2}
        error={errors.text?.message}
        {...register("text")}
      />
      <TextareaField
        id="guidance"
        label="Guidance (optional)"
        hint="What to think about, and what evidence to give"
        error={errors.guidance?.message}
        {...register("guidance")}
      />
      <fieldset className="mb-6">
        <legend className="mb-1 text-xl font-bold">What each level looks like</legend>
        <p className="nhs-secondary-text">
          Describe what good looks like at each level, from 1 (least mature) to 5 (most mature).
        </p>
        {LEVELS.map((level, index) => (
          <TextareaField
            key={level}
            id={levelId(level)}
            label={`Level ${level}`}
            rows={2}
            error={messageAt(errors, levelField(index))}
            {...register(levelField(index))}
          />
        ))}
      </fieldset>
      <ChoiceFieldset id="allowNotApplicable-fieldset" legend="Not applicable">
        <Choice
          id="allowNotApplicable"
          label="Organisations may answer “not applicable” to this question"
        >
          <input
            id="allowNotApplicable"
            type="checkbox"
            className={choiceInputClass}
            {...register("allowNotApplicable")}
          />
        </Choice>
      </ChoiceFieldset>
      <OrganisationTypeChoices
        id="appliesTo"
        legend="Organisation types it applies to"
        hint="Leave all unticked to ask every type of organisation"
        error={errors.appliesTo?.message}
        registration={register("appliesTo")}
      />
      <FormFooter
        submitLabel={questionId ? "Save question" : "Add question"}
        isSubmitting={isSubmitting}
        cancelHref={frameworkHref}
      />
    </form>
  );
}
