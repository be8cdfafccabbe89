"use client";

import type { Path } from "react-hook-form";

import { saveAgreementDetails } from "@/app/agreements/actions";
import { Choice, ChoiceFieldset, choiceInputClass } from "@/components/ui/choice-fieldset";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  agreementTypeLabels,
  caldicottPrinciples,
  confidentialityBasisLabels,
  dpiaCriteria,
  dpiaOutcomeLabels,
  dpiaScreeningLabels,
  identifiabilityLabels,
  sharingUseLabels,
} from "@/lib/agreements/labels";
import { type AgreementDetailsInput, agreementDetailsSchema } from "@/lib/agreements/schemas";

type Field = Path<AgreementDetailsInput>;

const optionsOf = (labels: Record<string, string>, blank?: string) => [
  ...(blank === undefined ? [] : [{ value: "", label: blank }]),
  ...Object.entries(labels).map(([value, label]) => ({ value, label })),
];

const caldicottFields = caldicottPrinciples.flatMap((_, index) => [
  `caldicott.${index}.met` as Field,
  `caldicott.${index}.note` as Field,
]);

const fields: Field[] = [
  "reference",
  "title",
  "type",
  "purposes",
  "necessity",
  "benefits",
  "use",
  "dataSubjects",
  "specialCategoryData",
  "criminalOffenceData",
  "childrenOrVulnerable",
  "identifiability",
  "coversByRule",
  "confidentialityBasis",
  "statutoryPowers",
  "retention",
  "security",
  "dataQuality",
  "subjectRights",
  "breachProcedure",
  "dpiaNeeded",
  "dpiaScreening",
  "dpiaReference",
  "dpiaOutcome",
  "dpiaDate",
  "dpoAdvice",
  ...caldicottFields,
  "startDate",
  "reviewDate",
  "endDate",
  "terminationAndReturn",
];

const idOf = (field: string) => field.replace(/\./g, "-");

/** Every detail of an agreement, in sections: identity, purpose, data, legal, governance, dates. */
export function DetailsForm({
  agreementId,
  lockVersion,
  defaults,
  sentForSignature,
}: {
  agreementId: string;
  lockVersion: number;
  defaults: AgreementDetailsInput;
  sentForSignature: boolean;
}) {
  const { register, isSubmitting, onSubmit, summary, getFieldState, formState } = useActionForm({
    schema: agreementDetailsSchema,
    defaultValues: defaults,
    fields,
    fieldIds: {
      ...Object.fromEntries(fields.map((field) => [field, idOf(field)])),
      dpiaNeeded: "dpiaNeeded-yes",
      dpiaScreening: `dpiaScreening-${dpiaCriteria[0]}`,
    },
    // The server parses what was typed: the yes/no/not known answer is words there too.
    action: (_values, typed) => saveAgreementDetails(agreementId, lockVersion, typed),
  });
  const error = (field: Field) => getFieldState(field, formState).error?.message;
  const text = (field: Field, label: string, hint?: string, type = "text") => (
    <TextField
      id={idOf(field)}
      label={label}
      hint={hint}
      type={type}
      error={error(field)}
      {...register(field)}
    />
  );
  const area = (field: Field, label: string, hint?: string, rows = 4) => (
    <TextareaField
      id={idOf(field)}
      label={label}
      hint={hint}
      rows={rows}
      error={error(field)}
      {...register(field)}
    />
  );
  const select = (field: Field, label: string, options: { value: string; label: string }[]) => (
    <SelectField
      id={idOf(field)}
      label={label}
      options={options}
      error={error(field)}
      {...register(field)}
    />
  );
  const tick = (field: Field, label: string) => (
    <Choice id={idOf(field)} label={label}>
      <input id={idOf(field)} type="checkbox" className={choiceInputClass} {...register(field)} />
    </Choice>
  );
  const markdownHint =
    "You can use Markdown: **bold**, *italic*, lists starting with -, and links.";

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      {sentForSignature ? (
        <p className="nhs-card">
          This agreement has been sent for signature. Saving a change to its content voids that
          version and any signatures on it, and takes it back to draft.
        </p>
      ) : null}
      <h2>Identity</h2>
      {text(
        "reference",
        "Reference",
        "Such as DSA-2026-0007: capital letters, digits, dashes and slashes",
      )}
      {text("title", "Title")}
      {select("type", "Type of agreement", optionsOf(agreementTypeLabels))}

      <h2>Purpose</h2>
      {area("purposes", "Purposes", markdownHint, 8)}
      {area("necessity", "Why the sharing is necessary")}
      {area("benefits", "Expected benefits")}
      {select("use", "Direct care or secondary use", optionsOf(sharingUseLabels))}

      <h2>Data</h2>
      {area(
        "dataSubjects",
        "Categories of data subjects",
        "Such as adults discharged from hospital to a care home",
      )}
      <ChoiceFieldset id="data-kinds" legend="What the data includes">
        {tick("specialCategoryData", "Special category data (such as health)")}
        {tick("criminalOffenceData", "Criminal offence data")}
        {tick("childrenOrVulnerable", "Data about children or vulnerable adults")}
      </ChoiceFieldset>
      {select("identifiability", "Identifiability", optionsOf(identifiabilityLabels))}
      <ChoiceFieldset id="coverage" legend="Coverage of pathway flows">
        {tick(
          "coversByRule",
          "Covers every flow between two of its parties whose kinds of data it lists, not only the flows listed",
        )}
      </ChoiceFieldset>

      <h2>Legal</h2>
      {select(
        "confidentialityBasis",
        "Common law duty of confidentiality basis",
        optionsOf(confidentialityBasisLabels, "Not recorded"),
      )}
      {area(
        "statutoryPowers",
        "Statutory powers",
        "Such as the Health and Social Care Act 2012, section 251B",
      )}
      <p className="nhs-secondary-text">
        The UK GDPR Article 6 basis and Article 9 condition are recorded for each party.
      </p>

      <h2>Governance</h2>
      {area("retention", "Retention and disposal", markdownHint, 6)}
      {area("security", "Security measures", markdownHint, 6)}
      {area("dataQuality", "Data quality checks")}
      {area("subjectRights", "How subject rights requests are handled")}
      {area("breachProcedure", "Breach procedure")}
      <h3>Data protection impact assessment</h3>
      <ChoiceFieldset id="dpiaNeeded" legend="Is a DPIA needed?" error={error("dpiaNeeded")}>
        {(["yes", "no", "unknown"] as const).map((value) => (
          <Choice
            key={value}
            id={`dpiaNeeded-${value}`}
            label={value === "unknown" ? "Not known yet" : value === "yes" ? "Yes" : "No"}
          >
            <input
              id={`dpiaNeeded-${value}`}
              type="radio"
              value={value}
              className={choiceInputClass}
              {...register("dpiaNeeded")}
            />
          </Choice>
        ))}
      </ChoiceFieldset>
      <ChoiceFieldset
        id="dpiaScreening"
        legend="Screening: which of the ICO's criteria apply?"
        hint="A DPIA is always needed if any of these apply."
        error={error("dpiaScreening")}
      >
        {dpiaCriteria.map((code) => (
          <Choice key={code} id={`dpiaScreening-${code}`} label={dpiaScreeningLabels[code]}>
            <input
              id={`dpiaScreening-${code}`}
              type="checkbox"
              value={code}
              className={choiceInputClass}
              {...register("dpiaScreening")}
            />
          </Choice>
        ))}
      </ChoiceFieldset>
      {text("dpiaReference", "DPIA reference")}
      {select("dpiaOutcome", "DPIA outcome", optionsOf(dpiaOutcomeLabels, "Not recorded"))}
      {text("dpiaDate", "DPIA date", undefined, "date")}
      {area("dpoAdvice", "Data Protection Officer's advice")}
      <h3>Caldicott principles</h3>
      {caldicottPrinciples.map((principle, index) => (
        <ChoiceFieldset
          key={principle}
          id={`caldicott-${index}`}
          legend={`${index + 1}. ${principle}`}
        >
          {tick(`caldicott.${index}.met` as Field, "Met")}
          {area(`caldicott.${index}.note` as Field, "Note", undefined, 2)}
        </ChoiceFieldset>
      ))}

      <h2>Lifecycle</h2>
      {text("startDate", "Start date", undefined, "date")}
      {text("reviewDate", "Review date", "On or before the end date", "date")}
      {text("endDate", "End date", "On or after the start date", "date")}
      {area("terminationAndReturn", "Termination and data return")}

      <FormFooter
        submitLabel="Save details"
        isSubmitting={isSubmitting}
        cancelHref={`/agreements/${agreementId}`}
      />
    </form>
  );
}
