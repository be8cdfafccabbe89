"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type DefaultValues, useForm } from "react-hook-form";

import { saveSystemInUse } from "@/app/organisations/[organisationId]/systems/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextareaField } from "@/components/ui/textarea-field";
import { TextField } from "@/components/ui/text-field";
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
  const router = useRouter();
  const [formError, setFormError] = useState<string>();
  const profileHref = `/organisations/${organisationId}`;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SystemInUseInput, unknown, SystemInUseDetails>({
    resolver: zodResolver(systemInUseSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(undefined);
    const result = await saveSystemInUse(organisationId, systemId ?? null, values);
    if (result.ok) {
      router.push(profileHref);
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (field in labels) setError(field as Field, { message: messages[0] });
    }
    if (!result.fieldErrors) setFormError(result.message);
  });

  const summary = [
    ...(Object.keys(labels) as Field[]).flatMap((field) => {
      const message = errors[field]?.message;
      return message ? [{ fieldId: field, message }] : [];
    }),
    ...(formError ? [{ message: formError }] : []),
  ];

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
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
      <div className="flex flex-wrap items-center gap-6">
        <button type="submit" className="nhs-button" disabled={isSubmitting}>
          {systemId ? "Save system" : "Add system"}
        </button>
        <Link href={profileHref}>Cancel</Link>
      </div>
    </form>
  );
}
