"use client";

import { Controller } from "react-hook-form";

import { saveCoveredFlows, saveDataCategories } from "@/app/agreements/actions";
import { type CheckboxOption, CheckboxList } from "@/components/ui/checkbox-list";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  type CoveredFlowsInput,
  coveredFlowsSchema,
  type DataCategoriesInput,
  dataCategoriesSchema,
} from "@/lib/agreements/schemas";

/** The kinds of data an agreement covers. */
export function DataCategoriesForm({
  agreementId,
  lockVersion,
  options,
  chosen,
}: {
  agreementId: string;
  lockVersion: number;
  options: CheckboxOption[];
  chosen: string[];
}) {
  const { control, isSubmitting, onSubmit, summary, getFieldState, formState } = useActionForm({
    schema: dataCategoriesSchema,
    defaultValues: { dataCategoryIds: chosen } satisfies DataCategoriesInput,
    fields: ["dataCategoryIds"],
    action: (values) => saveDataCategories(agreementId, lockVersion, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <Controller
        control={control}
        name="dataCategoryIds"
        render={({ field }) => (
          <CheckboxList
            id="dataCategoryIds"
            name="dataCategoryIds"
            legend="Kinds of data the agreement covers"
            hint="The same kinds of data that pathway flows and data needs use."
            error={getFieldState("dataCategoryIds", formState).error?.message}
            options={options}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            noun={{ one: "kind of data", many: "kinds of data" }}
          />
        )}
      />
      <FormFooter
        submitLabel="Save kinds of data"
        isSubmitting={isSubmitting}
        cancelHref={`/agreements/${agreementId}`}
      />
    </form>
  );
}

/** The pathway flows an agreement says it covers. */
export function CoveredFlowsForm({
  agreementId,
  lockVersion,
  options,
  chosen,
}: {
  agreementId: string;
  lockVersion: number;
  options: CheckboxOption[];
  chosen: string[];
}) {
  const { control, isSubmitting, onSubmit, summary, getFieldState, formState } = useActionForm({
    schema: coveredFlowsSchema,
    defaultValues: { flowIds: chosen } satisfies CoveredFlowsInput,
    fields: ["flowIds"],
    action: (values) => saveCoveredFlows(agreementId, lockVersion, values),
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <Controller
        control={control}
        name="flowIds"
        render={({ field }) => (
          <CheckboxList
            id="flowIds"
            name="flowIds"
            legend="Pathway flows the agreement covers"
            hint="Flows of the pathways you can read, grouped by pathway."
            error={getFieldState("flowIds", formState).error?.message}
            options={options}
            value={field.value ?? []}
            onChange={field.onChange}
            onBlur={field.onBlur}
            noun={{ one: "flow", many: "flows" }}
          />
        )}
      />
      <FormFooter
        submitLabel="Save flows"
        isSubmitting={isSubmitting}
        cancelHref={`/agreements/${agreementId}`}
      />
    </form>
  );
}
