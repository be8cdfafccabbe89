"use client";

import { startAgreement } from "@/app/agreements/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { agreementTypeLabels, agreementTypes } from "@/lib/agreements/labels";
import { type NewAgreementInput, newAgreementSchema } from "@/lib/agreements/schemas";

const starts = [
  { value: "template", label: "From a template" },
  { value: "blank", label: "Blank" },
  { value: "copy", label: "A copy of an existing agreement" },
] as const;

/** Starts an agreement: from a template, blank, or as a copy. */
export function NewAgreementForm({
  organisations,
  templates,
  copyable,
}: {
  organisations: { id: string; name: string }[];
  templates: { id: string; name: string; description: string }[];
  copyable: { id: string; reference: string; title: string }[];
}) {
  const { register, errors, isSubmitting, onSubmit, summary, watch } = useActionForm({
    schema: newAgreementSchema,
    defaultValues: {
      start: templates.length > 0 ? "template" : "blank",
      title: "",
      type: "",
      templateId: templates.length === 1 ? templates[0]?.id : "",
      sourceId: "",
      organisationId: organisations.length === 1 ? organisations[0]?.id : "",
    } satisfies NewAgreementInput,
    fields: ["start", "title", "type", "templateId", "sourceId", "organisationId"],
    fieldIds: { start: "start-template" },
    action: (values) => startAgreement(values),
  });
  const start = watch("start");
  const message = (name: keyof NewAgreementInput) => {
    const text = errors[name]?.message;
    return typeof text === "string" ? text : undefined;
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <ChoiceFieldset id="start" legend="How do you want to start?" error={message("start")}>
        {starts.map((option) => (
          <Choice key={option.value} id={`start-${option.value}`} label={option.label}>
            <input
              id={`start-${option.value}`}
              type="radio"
              value={option.value}
              className={choiceInputClass}
              {...register("start")}
            />
          </Choice>
        ))}
      </ChoiceFieldset>
      <TextField id="title" label="Title" error={message("title")} {...register("title")} />
      {start === "blank" ? (
        <SelectField
          id="type"
          label="Type of agreement"
          error={message("type")}
          options={[
            { value: "", label: "Select a type" },
            ...agreementTypes.map((value) => ({ value, label: agreementTypeLabels[value] })),
          ]}
          {...register("type")}
        />
      ) : null}
      {start === "template" ? (
        <SelectField
          id="templateId"
          label="Template"
          hint={templates.map((template) => `${template.name}: ${template.description}`).join(" ")}
          error={message("templateId")}
          options={[
            { value: "", label: "Select a template" },
            ...templates.map((template) => ({ value: template.id, label: template.name })),
          ]}
          {...register("templateId")}
        />
      ) : null}
      {start === "copy" ? (
        <SelectField
          id="sourceId"
          label="Agreement to copy"
          hint="Its parties, data and flows are copied; its signatures and history are not."
          error={message("sourceId")}
          options={[
            { value: "", label: "Select an agreement" },
            ...copyable.map((agreement) => ({
              value: agreement.id,
              label: `${agreement.reference}: ${agreement.title}`,
            })),
          ]}
          {...register("sourceId")}
        />
      ) : (
        <SelectField
          id="organisationId"
          label="Organisation you draft it for"
          hint="It becomes the agreement's first party. Add the others next."
          error={message("organisationId")}
          options={[
            { value: "", label: "Select an organisation" },
            ...organisations.map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            })),
          ]}
          {...register("organisationId")}
        />
      )}
      <FormFooter
        submitLabel="Start the agreement"
        isSubmitting={isSubmitting}
        cancelHref="/agreements"
      />
    </form>
  );
}
