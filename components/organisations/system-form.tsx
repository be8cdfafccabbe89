"use client";

import type { DefaultValues } from "react-hook-form";

import { saveSystemInUse } from "@/app/organisations/[organisationId]/systems/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FormFooter } from "@/components/ui/form-footer";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import {
  type SystemInUseDetails,
  type SystemInUseInput,
  systemInUseSchema,
} from "@/lib/organisations/schemas";
import { systemCategories, systemCategoryLabels } from "@/lib/organisations/types";

type Field = keyof SystemInUseDetails;

const labels: Record<Field, string> = {
  category: "Kind of system",
  supplier: "Supplier",
  product: "Product",
  notes: "Notes (optional)",
};

/** Adds a system to an organisation's profile, or changes one when given its id. */
export function SystemForm({
  organisationId,
  systemId,
  defaults,
  suggestions,
}: {
  organisationId: string;
  /** The system to change; none to add one. */
  systemId?: string;
  defaults: DefaultValues<SystemInUseInput>;
  /** Suppliers and products already recorded in the coalition. */
  suggestions: { suppliers: string[]; products: string[] };
}) {
  const { register, errors, isSubmitting, onSubmit, summary } = useActionForm({
    schema: systemInUseSchema,
    defaultValues: defaults,
    fields: Object.keys(labels) as Field[],
    action: (values) => saveSystemInUse(organisationId, systemId ?? null, values),
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={summary} />
      <SelectField
        id="category"
        label={labels.category}
        error={errors.category?.message}
        options={[
          ...(systemId ? [] : [{ value: "", label: "Select the kind of system" }]),
          ...systemCategories.map((category) => ({
            value: category,
            label: systemCategoryLabels[category],
          })),
        ]}
        {...register("category")}
      />
      <TextField
        id="supplier"
        label={labels.supplier}
        hint="The company that provides the system"
        list="supplier-suggestions"
        autoComplete="off"
        error={errors.supplier?.message}
        {...register("supplier")}
      />
      <datalist id="supplier-suggestions">
        {suggestions.suppliers.map((supplier) => (
          <option key={supplier} value={supplier} />
        ))}
      </datalist>
      <TextField
        id="product"
        label={labels.product}
        hint="The system's name, as the supplier calls it"
        list="product-suggestions"
        autoComplete="off"
        error={errors.product?.message}
        {...register("product")}
      />
      <datalist id="product-suggestions">
        {suggestions.products.map((product) => (
          <option key={product} value={product} />
        ))}
      </datalist>
      <TextareaField
        id="notes"
        label={labels.notes}
        hint="For example, which services use it, or plans to change it"
        error={errors.notes?.message}
        {...register("notes")}
      />
      <FormFooter
        submitLabel={systemId ? "Save system" : "Add system"}
        isSubmitting={isSubmitting}
        cancelHref={`/organisations/${organisationId}`}
      />
    </form>
  );
}
